// @ts-check
// Issue 14, item 14: the host's 404 page (dist/404.html) leads to the assessment
// wherever the app lives, at a sub-path or at the root, from any depth.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('./tandem');

const DIST = path.resolve(__dirname, '../../../dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

/** Drops the "status of 404" console errors a missing address causes on purpose. */
function forgive404s(pageErrors) {
  for (let at = pageErrors.length - 1; at >= 0; at--) if (pageErrors[at].includes('status of 404')) pageErrors.splice(at, 1);
}

test.describe('the 404 page\'s way to the assessment', () => {
  test('from a deep missing path under a sub-path it leads to the app', async ({ app, page, baseURL, pageErrors }) => {
    await page.goto('a/b/c');
    const link = page.getByRole('link', { name: 'Take the assessment' });
    await expect(link).toHaveJSProperty('href', baseURL);
    await link.click();
    await expect(app.byTestId('intro-screen')).toBeVisible();
    forgive404s(pageErrors);
  });

  test('on a host that serves the app at its root, a missing /quiz/ leads to the root, not to itself', async ({ app, page, pageErrors }) => {
    const root = 'http://root.example/';
    await page.route(`${root}**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
      const file = path.join(DIST, name);
      if (!name.includes('/') && fs.existsSync(file)) {
        return route.fulfill({ contentType: TYPES[path.extname(file)], body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, contentType: TYPES['.html'], body: fs.readFileSync(path.join(DIST, '404.html')) });
    });
    await page.goto(`${root}quiz/`);
    const link = page.getByRole('link', { name: 'Take the assessment' });
    await expect(link).toHaveJSProperty('href', root);
    await link.click();
    await expect(app.byTestId('intro-screen')).toBeVisible();
    forgive404s(pageErrors);
  });
});
