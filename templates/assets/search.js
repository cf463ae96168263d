// The search page: Pagefind's interface, each result labelled with its kind,
// and the query from the header's search box (?q=…) run on arrival.
(function () {
  "use strict";
  if (typeof PagefindUI === "undefined") { return; }
  var ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "Search articles, actors and themes" },
    processResult: function (result) {
      if (result.meta && result.meta.kind) {
        result.meta.title = result.meta.kind + ": " + result.meta.title;
      }
      return result;
    }
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
}());
