// Takes the guides' screenshots from a running demo store, at 360 and 1280 px wide.
// Needs Node.js, `npm install playwright-core` (in any folder on NODE_PATH) and Debian's chromium:
//   java -jar marketplace-web/target/marketplace-web-0.1.0-SNAPSHOT.jar --server.port=8099 &   (the demo)
//   node docs/guides/screenshots/take.mjs http://127.0.0.1:8099 docs/guides/screenshots
// Not part of the tests: the pictures are for people to look at.
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:8099', out = 'docs/guides/screenshots'] = process.argv.slice(2);
const password = 'demo-password';
const shots = [
  { who: null, name: 'storefront', path: '/?lang=en&country=FR' },
  { who: null, name: 'product-page', path: '/boards/orangecrab?lang=en&country=FR' },
  { who: 'buyer@demo.test', name: 'checkout', path: '/orders/new?lang=en&country=FR&offer=' },
  { who: 'maker@demo.test', name: 'dossier-steps', path: null },
  { who: 'maker@demo.test', name: 'listing-preview', path: null },
  { who: 'maker@demo.test', name: 'team-load', path: null },
  { who: 'reviewer@demo.test', name: 'review-queue', path: '/review?lang=en' },
  { who: 'admin@demo.test', name: 'admin-payments', path: '/admin/payments?lang=en' },
  { who: 'admin@demo.test', name: 'admin-books', path: '/admin/books?lang=en' },
  { who: null, name: 'transparency', path: '/transparency?lang=fr' },
  { who: null, name: 'donate', path: '/donate?lang=en' },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const width of [360, 1280]) {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    if (shot.who) {
      await page.goto(`${base}/login?lang=en`);
      await page.fill('#email', shot.who);
      await page.fill('#password', password);
      await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
    }
    let path = shot.path;
    if (shot.name === 'checkout') {
      await page.goto(`${base}/boards/thermocouple-card?lang=en&country=FR`);
      const offer = await page.getAttribute('input[name=offer]', 'value');
      path += offer;
    }
    if (shot.name === 'dossier-steps') {
      await page.goto(`${base}/teams?lang=en`);
      await page.click('a[href*="/teams/"]');
      const dossier = await page.getAttribute('a[href*="/dossier"]', 'href');
      path = dossier + (dossier.includes('?') ? '&' : '?') + 'lang=en';
    }
    if (shot.name === 'team-load') {
      await page.goto(`${base}/teams?lang=en`);
      path = (await page.getAttribute('a[href*="/teams/"]', 'href')).split('?')[0] + '?lang=en';
    }
    if (shot.name === 'listing-preview') {
      await page.goto(`${base}/teams?lang=en`);
      await page.click('a[href*="/teams/"]');
      const listing = (await page.getAttribute('a[href*="/listings/"]', 'href')).split('?')[0];
      path = `${listing}/preview?lang=en&country=FR`;
    }
    await page.goto(`${base}${path}`);
    await page.screenshot({ path: `${out}/${shot.name}-${width}.png`, fullPage: width === 360 ? false : false });
    await context.close();
  }
}
await browser.close();
