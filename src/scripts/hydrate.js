// At the end of the body: starts the page's WASM once the server-rendered page has been
// drawn, so the first paint never shares the link with the code that only makes it
// interactive. The chunks the server's render used (a lazy route, the parts of a session
// page) are hinted right after the main module, not fetched one after another once it
// runs. In a tab that is not being drawn (opened in the background) it starts at once,
// as no paint will come to wait for.
(function (pkg, name, splitJs, chunks) {
  var start = function () {
    var hint = function (rel, href, as) {
      var link = document.createElement("link");
      link.rel = rel;
      link.href = pkg + "/" + href;
      link.crossOrigin = "";
      if (as) {
        link.as = as;
        link.type = "application/wasm";
      }
      document.head.appendChild(link);
    };
    // Once the main module runs, it fetches whatever chunk it needs itself: a hint given
    // after that (on a fast link) would fetch the chunk a second time.
    var running = false;
    // The module's last bytes, its compilation and its start end one task; hydrating
    // begins in the next, so a slow phone is not blocked for both at once.
    import(pkg + "/" + name + ".js").then(function (mod) {
      return mod.default({ module_or_path: pkg + "/" + name + ".wasm" }).then(function () {
        running = true;
        setTimeout(mod.hydrate, 0);
      });
    });
    if (chunks.length) hint("modulepreload", splitJs);
    // A page can use dozens of small chunks (59 modules on a host's session page), and
    // starting each fetch costs the main thread up to a millisecond or two (measured
    // under Lighthouse): four at a time, each batch a task of its own, keeps every task
    // short on a slow phone (eight made tasks of 13 to 22 ms under Lighthouse's
    // tracing, which its 4x CPU slowdown counts as 52 to 89 ms). The route's and parts'
    // own chunks, the large ones, come first.
    var next = 0;
    var more = function () {
      if (running) return;
      chunks.slice(next, next + 4).forEach(function (chunk) {
        hint("preload", chunk + ".wasm", "fetch");
      });
      next += 4;
      if (next < chunks.length) setTimeout(more, 0);
    };
    setTimeout(more, 0);
  };
  if (document.visibilityState === "hidden") {
    start();
  } else {
    // The first rAF runs before the first frame is drawn, the second once it has been.
    requestAnimationFrame(function () {
      requestAnimationFrame(start);
    });
  }
})
