// The search page: Pagefind's interface over all the site's bundles (see
// search.py), each result labelled with its kind, and the query from the
// header's search box (?q=…) run on arrival.
(function () {
  "use strict";
  if (typeof PagefindUI === "undefined") { return; }
  var bundles = (document.getElementById("search").getAttribute("data-bundles") || "")
    .split(" ").filter(Boolean)
    .map(function (path) { return { bundlePath: new URL(path, document.baseURI).href }; });
  var ui = new PagefindUI({
    element: "#search",
    mergeIndex: bundles,
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
