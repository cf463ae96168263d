// Live reload for `briefing serve`: polls the build status, reloads the page
// after a good rebuild and shows the error of a failed one.
(function () {
  "use strict";
  var seen = null;
  var banner = null;
  function show(error) {
    if (!error) {
      if (banner) { banner.remove(); banner = null; }
      return;
    }
    if (!banner) {
      banner = document.createElement("div");
      banner.className = "build-error";
      banner.setAttribute("role", "alert");
      document.body.insertBefore(banner, document.body.firstChild);
    }
    banner.textContent = "Build failed: " + error;
  }
  function poll() {
    fetch("/__briefing__/status", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (seen !== null && status.build !== seen && !status.error) {
          window.location.reload();
          return;
        }
        seen = status.build;
        show(status.error);
      })
      .catch(function () { /* server restarting: try again */ })
      .then(function () { window.setTimeout(poll, 700); });
  }
  poll();
}());
