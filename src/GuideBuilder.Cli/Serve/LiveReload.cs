namespace GuideBuilder.Cli.Serve;

/// <summary>The script <c>guide serve</c> adds to every page (and only there): reload on save, show errors as an overlay.</summary>
public static class LiveReload
{
    /// <summary>What every address shows while the guide has never built: the overlay lists the errors.</summary>
    public const string WaitingPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>guide serve: waiting for a good build</title></head>
        <body><noscript><p>The guide has errors, so there are no pages to show yet: see the terminal.</p></noscript>
        <script src="/__guide/live.js"></script></body>
        </html>
        """;

    public const string Script = """
        (function () {
          "use strict";
          var overlay = null;
          function show(status) {
            if (overlay) { overlay.remove(); overlay = null; }
            if (!status.failed) { return; }
            overlay = document.createElement("div");
            overlay.id = "guide-error-overlay";
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-label", "Build errors");
            overlay.style.cssText = "position:fixed;inset:0;z-index:99999;background:rgba(20,24,28,.92);color:#fff;font:14px/1.5 monospace;padding:2rem;overflow:auto";
            var title = document.createElement("h2");
            title.textContent = status.lastGoodBuild
              ? "The guide has errors; the page shows the last good build."
              : "The guide has errors; there are no pages to show until they are fixed.";
            title.style.cssText = "color:#ffb4a8;font:700 18px sans-serif;margin:0 0 1rem";
            overlay.appendChild(title);
            status.diagnostics.forEach(function (d) {
              var line = document.createElement("pre");
              line.style.cssText = "white-space:pre-wrap;margin:0 0 .8rem;color:" + (d.severity === "error" ? "#ffb4a8" : "#ffe08a");
              line.textContent = d.where + ": " + d.severity + " " + d.code + ": " + d.message + (d.hint ? "\n    hint: " + d.hint : "");
              overlay.appendChild(line);
            });
            document.body.appendChild(overlay);
          }
          function status() {
            var request = new XMLHttpRequest();
            request.open("GET", "/__guide/status");
            request.onload = function () { show(JSON.parse(request.responseText)); };
            request.send();
          }
          var events = new EventSource("/__guide/events");
          events.addEventListener("reload", function () { window.location.reload(); });
          events.addEventListener("errors", status);
          status();
        })();
        """;
}
