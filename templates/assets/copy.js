// "Copy" buttons for citations. Without JavaScript there are no buttons and
// the citation text stays selectable.
(function () {
  "use strict";
  if (!navigator.clipboard) { return; }
  ["cite-text", "cite-bibtex"].forEach(function (id) {
    var source = document.getElementById(id);
    if (!source) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = id === "cite-text" ? "Copy citation" : "Copy BibTeX";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = "Copied";
      }, function () {
        button.textContent = "Select the text to copy";
      });
    });
    var holder = id === "cite-bibtex" ? source.parentNode : source;
    holder.insertAdjacentElement("afterend", button);
  });
}());
