/* Search from disk without freezing the page (offline bundle only; listed in
 * mkdocs-offline.yml before the iframe-worker shim).
 *
 * From file:// Chromium refuses `new Worker(file URL)`, so Material's offline setup runs
 * its search worker through iframe-worker: in an iframe, on the page's own thread. A
 * worker made from a Blob does run on its own thread from file://. This file stands in
 * for `Worker`: when the page first talks to the worker (when the reader opens search) it
 * loads briefsite's worker script (docs/assets/search-worker.js) into the page, flagged
 * (`__briefsite_want_worker_source`), so that it hands over its source instead of running,
 * and starts the worker from a Blob. For any other worker, or when something is missing
 * (the script, Blob workers, search languages other than English), it uses the
 * iframe-worker shim, so search works either way. (The bundle carries no Material worker:
 * hooks/briefsite/site/offline.py leaves it out when no page names it.)
 */
(function () {
  "use strict";
  if (location.protocol !== "file:" || typeof Worker !== "function" || typeof Blob !== "function") return;
  var Native = window.Worker;
  var Fallback = null; // the iframe-worker shim's Worker, which it assigns after this file ran

  function english(message) {
    var lang = message && message.data && message.data.config && message.data.config.lang;
    return !lang || (lang.length === 1 && lang[0] === "en");
  }

  class BlobWorker extends EventTarget {
    constructor(url) {
      super();
      this.url = String(url);
      this.onmessage = null;
      this.onerror = null;
      this.worker = null;
      this.queue = [];
    }

    postMessage(message) {
      if (this.queue === null) {
        this.worker.postMessage(message);
        return;
      }
      this.queue.push(message);
      if (this.queue.length === 1) this.start(english(message));
    }

    start(blob) {
      var self = this;
      var use = function (make) {
        try {
          self.worker = make();
        } catch (err) {
          self.worker = new (Fallback || Native)(self.url);
        }
        self.worker.addEventListener("message", function (ev) { self.forward("message", ev); });
        self.worker.addEventListener("error", function (ev) { self.forward("error", ev); });
        var queue = self.queue;
        self.queue = null;
        queue.forEach(function (message) { self.worker.postMessage(message); });
      };
      var fallback = function () { return new (Fallback || Native)(self.url); };
      if (!blob || !/search-worker\.js(?=$|[?#])/.test(this.url)) return use(fallback);
      var script = document.createElement("script");
      window.__briefsite_want_worker_source = true;
      script.src = this.url;
      script.onload = function () {
        window.__briefsite_want_worker_source = false;
        var source = window.__briefsite_worker_source;
        use(typeof source !== "string" ? fallback : function () {
          return new Native(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
        });
      };
      script.onerror = function () { window.__briefsite_want_worker_source = false; use(fallback); };
      document.head.appendChild(script);
    }

    forward(type, ev) {
      var copy = type === "message"
        ? new MessageEvent("message", { data: ev.data })
        : new ErrorEvent("error", { message: ev.message, filename: ev.filename, lineno: ev.lineno });
      this.dispatchEvent(copy);
      var handler = type === "message" ? this.onmessage : this.onerror;
      if (typeof handler === "function") handler.call(this, copy);
    }

    terminate() {
      if (this.worker) this.worker.terminate();
      this.queue = [];
    }
  }

  Object.defineProperty(window, "Worker", {
    configurable: true,
    get: function () { return BlobWorker; },
    set: function (value) { Fallback = value; },
  });
})();
