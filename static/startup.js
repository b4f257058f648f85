// Inlined into each page (index.html, compare.html) before its program loads.
// Until the app replaces the loading screen, a failed start says why and offers a
// retry, instead of "Loading…" forever: opened from a file, no WebAssembly, or a
// file that did not arrive. Once it runs, a panic in the app is a trap (the release
// build aborts at once, without unwinding): the app has stopped, so a short message
// and a way on replace it. The answers so far are in storage, so reloading resumes.
(function () {
  function stopped(error) {
    if (!(error instanceof WebAssembly.RuntimeError)) return false;
    var app = document.getElementById('app');
    if (app.querySelector('[data-testid=panic]')) return true;
    app.innerHTML = '<main class="screen notice" role="alert" data-testid="panic"><h1>Something went wrong</h1>' +
      '<p>The assessment hit an unexpected problem and stopped. Your answers so far are saved in this browser.</p>' +
      '<p><button class="button primary" type="button">Reload and continue</button></p></main>';
    app.querySelector('button').onclick = function () { location.reload(); };
    return true;
  }
  function fail(reason) {
    // The page's own copy of the first screen (the app has not replaced it): its
    // heading stays, and the reason takes the place of the rest.
    var screen = document.querySelector('#app [data-prerendered]');
    if (!screen || screen.dataset.failed) return;
    screen.dataset.failed = reason;
    document.documentElement.removeAttribute('data-deep-link');
    screen.setAttribute('data-testid', 'startup-failed');
    while (screen.children.length > 2) screen.removeChild(screen.lastChild);
    var status = document.createElement('p');
    status.className = 'lead';
    status.setAttribute('role', 'status');
    screen.appendChild(status);
    status.textContent = {
      file: 'The assessment can’t start from a file opened on this computer, because browsers load its program only from a web address. Put this folder on any web server, or run the serve command from the README, and open that address.',
      wasm: 'This browser can’t run the assessment: it needs WebAssembly, which every current browser has. Please open this page in an up-to-date browser.',
      load: 'The assessment couldn’t load all of its files. Check your connection and try again.'
    }[reason];
    if (reason !== 'load') return;
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'button primary';
    retry.textContent = 'Try again';
    retry.onclick = function () { location.reload(); };
    screen.appendChild(retry);
  }
  function whenReady(reason) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { fail(reason); });
    else fail(reason);
  }
  // Any other address than the intro's (a question, a result link) waits for the app
  // with the intro's heading and a loading message, not with a screen the app will not
  // show: the rest is hidden from the first paint on (app.css), the message follows.
  if (!/^#?\/?$/.test(location.hash)) {
    document.documentElement.setAttribute('data-deep-link', '');
    document.addEventListener('DOMContentLoaded', function () {
      var screen = document.querySelector('#app [data-prerendered]');
      if (!screen || screen.dataset.failed) return;
      while (screen.children.length > 2) screen.removeChild(screen.lastChild);
      screen.insertAdjacentHTML('beforeend', '<p class="lead" role="status">Loading the assessment…</p>');
    });
    // A result link's result needs the bank text (src/ui/bank_text.rs): asked for now,
    // alongside the program, rather than once the program runs. (Not in the one-file
    // build, whose text is a data: address already in the page.)
    if (/^#\/?r\//.test(location.hash)) {
      document.addEventListener('DOMContentLoaded', function () {
        var text = document.querySelector('meta[name=tandem-text]');
        if (!text || /^data:/.test(text.content)) return;
        var preload = document.createElement('link');
        preload.rel = 'preload';
        preload.as = 'fetch';
        preload.crossOrigin = 'anonymous';
        preload.href = text.content;
        document.head.appendChild(preload);
      });
    }
  }
  // The app replaces this first screen only once its paint is recorded (src/ui/mod.rs):
  // replaced sooner, the browser drops it as the largest paint and waits for the app's
  // copy of the same screen. Browsers that do not record that paint need not wait.
  var root = document.documentElement;
  var observed = typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes || []).indexOf('largest-contentful-paint') >= 0;
  if (observed) {
    new PerformanceObserver(function (_, observer) {
      root.setAttribute('data-painted', '');
      observer.disconnect();
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } else {
    root.setAttribute('data-painted', '');
  }
  // The one-file build (tandem.html) carries its program inside and starts from disk.
  var single = document.documentElement.hasAttribute('data-single-file');
  if (location.protocol === 'file:' && !single) return whenReady('file');
  if (typeof WebAssembly !== 'object') return whenReady('wasm');
  addEventListener('error', function (event) {
    var target = event.target;
    if (stopped(event.error)) return;
    if (target === window || (target && target.tagName === 'SCRIPT')) whenReady('load');
  }, true);
  addEventListener('unhandledrejection', function (event) {
    if (!stopped(event.reason)) whenReady('load');
  });
})();
