// The search page: Pagefind's interface, each result labelled with its kind,
// and the query from the header's search box (?q=…) run on arrival.
(function () {
  "use strict";
  if (typeof PagefindUI === "undefined") { return; }
  var ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    pageSize: 10,
    resetStyles: false,
    translations: { placeholder: "Search articles, actors and themes" },
    processResult: function (result) {
      if (result.meta && result.meta.kind) {
        result.meta.title = result.meta.kind + ": " + result.meta.title;
      }
      return result;
    }
  });
  // Pagefind labels its box with a title only; give it an accessible name.
  var box = document.querySelector("#search .pagefind-ui__search-input");
  if (box) { box.setAttribute("aria-label", "Search articles, actors and themes"); }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
}());
