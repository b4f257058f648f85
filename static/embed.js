/*! Tandem embed (README, "Embedding"): turns each <div data-tandem="https://…/tandem/">
 * into Tandem's frame, keeps the frame as tall as its content, keeps the frame's top in
 * view as the visitor moves on, and hands Tandem's events to the page as DOM events
 * ("tandem:ready", "tandem:progress", …) on that element. No dependencies. */
(function () {
  'use strict';
  // The element's data-* attributes that are passed to the frame as options.
  var OPTIONS = ['theme', 'accent', 'radius', 'font', 'transparent', 'results', 'cta', 'ctaLabel'];

  function attribute(element, name) {
    return element.getAttribute('data-' + name.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }));
  }

  // Whether the host page gave option `name` a value that `valid` matches; any other
  // value is ignored with a warning, as the frame does with its own options.
  function checked(element, name, valid) {
    var value = attribute(element, name);
    if (value === null) return false;
    if (valid.test(value)) return true;
    console.warn('Tandem ignores ' + name + '="' + value.slice(0, 40) + '": see "Embedding" in its README.');
    return false;
  }

  function mount(element) {
    if (element.tandemFrame) return element.tandemFrame;
    var source = attribute(element, 'tandem');
    if (!source) {
      console.warn('Tandem: data-tandem needs the address Tandem is served from.');
      return null;
    }
    var address = new URL(source, document.baseURI);
    // The app's folder named without its closing slash would load the host's 404 page.
    if (!/(\/|\.\w+)$/.test(address.pathname)) address.pathname += '/';
    var fragment = address.hash;
    address.hash = '';
    address.searchParams.set('embed', '1');
    // Events are sent to this page's origin only (not when opened from a file).
    if (location.origin !== 'null') address.searchParams.set('host', location.origin);
    OPTIONS.forEach(function (name) {
      var value = attribute(element, name);
      if (value !== null) address.searchParams.set(name, value);
    });
    var frame = document.createElement('iframe');
    frame.src = address.href + fragment;
    frame.title = attribute(element, 'title') || '{{name}} \u00b7 {{title}} assessment';
    frame.allow = 'clipboard-write; web-share';
    // The frame grows with its content instead: never an inner scrollbar.
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;width:100%;border:0;overflow:hidden;height:' +
      (checked(element, 'height', /^[1-9]\d{0,4}(px)?$/) ? parseInt(attribute(element, 'height'), 10) : 640) + 'px';
    // A transparent frame shows the page through only where both use the same scheme.
    frame.style.colorScheme = { light: 'light', dark: 'dark' }[attribute(element, 'theme')] || 'light dark';
    var keepTopInView = !checked(element, 'scroll', /^(on|off)$/) || attribute(element, 'scroll') === 'on';

    addEventListener('message', function (event) {
      var data = event.data;
      if (event.source !== frame.contentWindow || event.origin !== address.origin) return;
      if (!data || data.tandem !== 1 || typeof data.type !== 'string') return;
      if (data.type === 'resized' && data.height > 0) {
        frame.style.height = Math.ceil(data.height) + 'px';
      } else if (keepTopInView && /^(started|progress|completed)$/.test(data.type) &&
        frame.getBoundingClientRect().top < 0) {
        // After "Next" on a phone the page may be scrolled far below the next screen's top.
        frame.scrollIntoView({ block: 'start' });
      }
      element.dispatchEvent(new CustomEvent('tandem:' + data.type, { detail: data, bubbles: true }));
    });
    element.appendChild(frame);
    element.tandemFrame = frame;
    return frame;
  }

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-tandem]'), mount);
  }

  window.Tandem = { mount: mount, mountAll: mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
