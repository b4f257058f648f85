// Inlined into index.html and compare.html (scripts/build/no-inline.mjs makes it a file).
// Fills a result's "Take it with you" section with the exports program (src/bin/exports/:
// the picture, the data and the QR code of the result), loaded only once a result shows:
// the page renders an empty holder with the result's token and link (src/ui/results.rs),
// and this script hands it to the program. On the comparison page the same loader
// brings the comparison's files program (src/bin/comparison_files/), which the page
// asks for through tandemExports() at the first press on one of its files' buttons
// (src/ui/compare_files.rs). Kept out of the page's own WebAssembly, where
// loading and calling a second program cost 4.6 KB gzip on every first visit.
// The build (scripts/build.mjs, step "exports program") names each page's program in
// its <meta name="tandem-exports">.
(function () {
  var program = null;
  function load() {
    return program || (program = new Promise(function (resolve, reject) {
      var files = document.querySelector('meta[name=tandem-exports]');
      if (!files) return reject(new Error('This copy of the assessment was built without them.'));
      var script = document.createElement('script');
      script.src = files.content;
      var lost = function () { reject(new Error('Part of the assessment did not arrive. Check the connection and reload the page.')); };
      script.onload = function () {
        wasm_bindgen({ module_or_path: files.getAttribute('data-wasm') }).then(function () { resolve(wasm_bindgen); }, lost);
      };
      script.onerror = lost;
      document.head.appendChild(script);
    }).catch(function (error) {
      program = null;
      throw error;
    }));
  }
  window.tandemExports = load;
  function fill(holder) {
    var link = holder.getAttribute('data-exports-link');
    if (holder.filledFor === link) return;
    holder.filledFor = link;
    load().then(function (exports) {
      exports.mount(holder, holder.getAttribute('data-exports-token'), link);
    }).catch(function (error) {
      // No retry from here: the message itself changes the page, which this script
      // watches. The next result shown, or a reload, tries again.
      holder.textContent = 'The picture, the data and the QR code could not load. ' + error.message +
        ' The result link above works all the same.';
    });
  }
  // What would move the result, its explorer and the plan; nothing if the program
  // cannot load (the section above says so).
  function whereNext(holder) {
    var token = holder.getAttribute('data-where-next');
    if (holder.filledFor === token) return;
    holder.filledFor = token;
    load().then(function (exports) {
      exports.where_next(holder, token, holder.getAttribute('data-where-next-link'));
    }, function () {});
  }
  new MutationObserver(function () {
    document.querySelectorAll('[data-exports-link]').forEach(fill);
    document.querySelectorAll('[data-where-next]').forEach(whereNext);
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-exports-link', 'data-where-next'] });
})();
