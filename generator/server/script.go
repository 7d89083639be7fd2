package server

// reloadScript is injected into every HTML page serve sends. It listens to
// the state stream: a newer build reloads the page, a failed one shows its
// error over the page (which is the last good build) until it is fixed.
// EventSource reconnects by itself when serve restarts.
const reloadScript = `(function () {
  "use strict";
  var me = document.currentScript;
  var shown = Number((me && me.getAttribute("data-version")) || 0);
  var overlay = null;
  function show(msg) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "live-reload-error";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "background:#3b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1em 1.5em;border-bottom:4px solid #e5484d";
      var h = document.createElement("strong");
      h.textContent = "Build failed; this is the last good build. Fix the file and save:";
      overlay.appendChild(h);
      // The file and line to go to come first, large; the message wraps
      // so that no part of it hides past the window's edge.
      var where = document.createElement("p");
      where.id = "live-reload-where";
      where.style.cssText = "font-size:1.25em;font-weight:bold;margin:.5em 0";
      overlay.appendChild(where);
      var pre = document.createElement("pre");
      pre.style.cssText = "white-space:pre-wrap;overflow-wrap:anywhere;margin:0";
      overlay.appendChild(pre);
      document.body.appendChild(overlay);
    }
    var at = /[^\s:"'()]+\.(?:md|yaml|yml|html|toml):\d+/.exec(msg);
    overlay.querySelector("#live-reload-where").textContent = at ? at[0] : "";
    overlay.querySelector("pre").textContent = msg;
  }
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  var es = new EventSource("/_live/events");
  es.addEventListener("state", function (e) {
    var lines = e.data.split("\n");
    var version = Number(lines[0]);
    var err = lines.slice(1).join("\n");
    if (err) { show(err); return; }
    hide();
    if (version !== shown) { location.reload(); }
  });
})();
`
