// Timeline filters: choosing a source, actor or theme leaves in view only the
// events it states, hides the years left empty and says how many show. The
// choice is kept in the address (?actor=russia), so it can be linked to.
// Without JavaScript the form stays hidden and the index lists each one's events.
(function () {
  "use strict";
  var form = document.querySelector("form.timeline-filter");
  if (!form) { return; }
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var attributes = { source: "data-source", actor: "data-actors", theme: "data-themes" };
  var rows = Array.prototype.slice.call(document.querySelectorAll(".chronology .events > li"));
  var years = Array.prototype.slice.call(document.querySelectorAll(".chronology .chrono-year"));
  var status = form.querySelector(".filter-count");

  function states(row, select) {
    var words = (row.getAttribute(attributes[select.name]) || "").split(" ");
    return !select.value || words.indexOf(select.value) !== -1;
  }

  function yearLinks(year) {
    var heading = year.querySelector(".chrono-label[id]");
    if (!heading) { return []; }
    var links = document.querySelectorAll(".timeline-nav a");
    return Array.prototype.filter.call(links, function (link) {
      return link.getAttribute("href") === "#" + heading.id;
    });
  }

  function apply() {
    var shown = 0, total = 0, query = new URLSearchParams(window.location.search);
    rows.forEach(function (row) {
      var kept = selects.every(function (select) { return states(row, select); });
      row.hidden = !kept;
      if (!row.classList.contains("event-ref")) {
        total += 1;
        shown += kept ? 1 : 0;
      }
    });
    years.forEach(function (year) {
      var empty = !year.querySelector(".events > li:not([hidden])");
      year.hidden = empty;
      yearLinks(year).forEach(function (link) { link.parentNode.hidden = empty; });
    });
    selects.forEach(function (select) {
      if (select.value) { query.set(select.name, select.value); } else { query.delete(select.name); }
    });
    var filtered = selects.some(function (select) { return select.value; });
    status.textContent = filtered
      ? "Showing " + shown + " of " + total + " events."
      : "Showing all " + total + " events.";
    var search = query.toString();
    window.history.replaceState(null, "", (search ? "?" + search : window.location.pathname) + window.location.hash);
  }

  var asked = new URLSearchParams(window.location.search);
  selects.forEach(function (select) {
    var wanted = asked.get(select.name);
    if (wanted && select.querySelector("option[value='" + CSS.escape(wanted) + "']")) {
      select.value = wanted;
    }
  });
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
}());
