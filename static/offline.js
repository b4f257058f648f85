// Inlined into each page (index.html, compare.html; scripts/build/no-inline.mjs makes it a
// file). Registers the service worker (static/sw.js), so the app works offline after
// one visit, and offers a reload when a new version has been installed, rather than
// switching under a visitor mid-quiz: the answers are kept in storage, so the reload
// resumes. Not in a frame (a host page loads its embed as it likes, and a sandboxed
// frame has no storage for a worker), and not from a file.
(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol) || window.top !== window) return;
  var accepted = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (accepted) location.reload();
  });
  function offer(worker) {
    if (document.querySelector('[data-testid=update-offer]')) return;
    var box = document.createElement('div');
    box.className = 'update-offer';
    box.setAttribute('role', 'status');
    box.setAttribute('data-testid', 'update-offer');
    box.innerHTML = '<p>A new version of the assessment is ready. Your answers are kept.</p>' +
      '<button type="button" class="button primary">Reload now</button>';
    box.querySelector('button').onclick = function () {
      accepted = true;
      worker.postMessage({ type: 'skip-waiting' });
    };
    document.body.appendChild(box);
  }
  addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).then(function (registration) {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', function () {
        var worker = registration.installing;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
      // A tab left open for days still hears of a new version when it is looked at again.
      document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') registration.update().catch(function () {});
      });
    }).catch(function (error) {
      console.warn('Tandem works online only here:', error && error.message);
    });
  });
})();
