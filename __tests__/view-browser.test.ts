/// <reference lib="dom" />
/**
 * The HTML view in a real browser: Debian's Chromium, headless, driven by playwright-core, WebGL on
 * SwiftShader. Checks that the page loads cleanly and draws nodes, that search, node clicks, hover,
 * the legend and the path finder work, and that a graph full of script-injection attempts stays inert
 * and shows its names literally. Under CI=true a missing Chromium fails the suite.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { parseGraph } from '../lib/graph/load';
import { buildViewAssets } from '../lib/view/bundle';
import { findChromium, launchChromium, TWO_FRAMES } from '../lib/view/chromium';
import { renderHtml } from '../lib/view/html';
import { FULL_REDRAW_LIMIT } from '../lib/view/client/state';
import { syntheticGraph } from '../bench/view';
import type { DarkwebKgView } from '../lib/view/client/main';
import { describeWithTool } from './helpers/tools';

const ID = 'https://w3id.org/darkweb-kg/id/';
const DIM = '#e4e4e4';
const PATH_RED = '#d0021b';

interface Opened {
  page: Page;
  /** console errors and uncaught exceptions */
  errors: string[];
  /** alert/confirm/prompt messages */
  dialogs: string[];
}

function fixture(name: string) {
  return parseGraph(readFileSync(join(__dirname, 'fixtures', name), 'utf8'), name);
}

/** Non-background pixels of a PNG, and pixels close to each given colour (decoded in a blank page). */
async function countPixels(browser: Browser, png: Buffer, colors: Record<string, string>): Promise<{ total: number; drawn: number; near: Record<string, number> }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ b64, colors }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const targets = Object.entries(colors).map(([k, hex]) => [k, parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)] as const);
        const near: Record<string, number> = Object.fromEntries(targets.map(([k]) => [k, 0]));
        let drawn = 0;
        for (let i = 0; i < px.length; i += 4) {
          const [r, g, b] = [px[i], px[i + 1], px[i + 2]];
          if (765 - r - g - b > 30) drawn++;
          for (const [k, tr, tg, tb] of targets) if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 30) near[k]++;
        }
        return { total: px.length / 4, drawn, near };
      },
      { b64: png.toString('base64'), colors },
    );
  } finally {
    await page.close();
  }
}

const chromiumPath = findChromium();

describeWithTool('chromium', chromiumPath !== null, 'HTML view in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let viewUrl: string;
  let xssUrl: string;
  let bigUrl: string;
  const opened: Page[] = [];

  beforeAll(async () => {
    await buildViewAssets();
    dir = mkdtempSync(join(tmpdir(), 'dwk-view-browser-'));
    writeFileSync(join(dir, 'view.html'), await renderHtml(fixture('view-graph.json'), undefined, { title: 'Fixture graph' }));
    writeFileSync(join(dir, 'xss.html'), await renderHtml(fixture('view-xss-graph.json'), undefined, { title: '<script>alert(9)</script>' }));
    viewUrl = pathToFileURL(join(dir, 'view.html')).href;
    xssUrl = pathToFileURL(join(dir, 'xss.html')).href;
    writeFileSync(join(dir, 'big.html'), await renderHtml(syntheticGraph(FULL_REDRAW_LIMIT, FULL_REDRAW_LIMIT)));
    bigUrl = pathToFileURL(join(dir, 'big.html')).href;
    browser = await launchChromium();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  afterEach(async () => {
    for (const p of opened.splice(0)) await p.close();
  });

  async function open(url: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    opened.push(page);
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    await page.evaluate(TWO_FRAMES);
    return { page, errors, dialogs };
  }

  /** Viewport position of an entity's node. */
  async function nodePoint(page: Page, iri: string): Promise<{ x: number; y: number }> {
    return page.evaluate((iri) => {
      const v = window.darkwebKgView as DarkwebKgView;
      const attrs = v.model.graph.getNodeAttributes(iri);
      const p = v.renderer.graphToViewport({ x: attrs.x, y: attrs.y });
      const box = v.renderer.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, iri);
  }

  async function display(page: Page, iri: string): Promise<{ color: string; hidden: boolean; highlighted: boolean }> {
    return page.evaluate((iri) => {
      const d = (window.darkwebKgView as DarkwebKgView).renderer.getNodeDisplayData(iri)!;
      return { color: d.color, hidden: d.hidden, highlighted: d.highlighted };
    }, iri);
  }

  test('loads with no console errors and draws the nodes', async () => {
    const { page, errors } = await open(viewUrl);
    expect(errors).toEqual([]);
    await expect(page.locator('#sidebar h1').textContent()).resolves.toBe('Fixture graph');
    await expect(page.locator('.stats').textContent()).resolves.toBe('18 entities · 19 relations · 3 articles');
    const png = await page.locator('#graph').screenshot();
    const px = await countPixels(browser, png, { operation: '#d62728', marketplace: '#9467bd', agency: '#1f77b4', person: '#ff7f0e' });
    // Nodes, edges and labels cover a few percent of the stage; each class colour shows up as filled discs.
    expect(px.drawn / px.total).toBeGreaterThan(0.01);
    for (const [cls, n] of Object.entries(px.near)) expect([cls, n > 100]).toEqual([cls, true]);
  });

  test('typing in the search box lists matches by alias, and choosing one selects and centres it', async () => {
    const { page, errors } = await open(viewUrl);
    await page.locator('.search input').fill('bundeskrim');
    const first = page.locator('.search .ac-list li').first();
    await expect(first.locator('.ac-name').textContent()).resolves.toBe('Federal Criminal Police Office');
    await expect(first.locator('.ac-alias').textContent()).resolves.toBe('Bundeskriminalamt');
    await page.locator('.search input').press('Enter');
    await expect(page.locator('.entity-name').textContent()).resolves.toBe('Federal Criminal Police Office');
    await page.waitForTimeout(700);
    const centred = await page.evaluate(() => {
      const v = window.darkwebKgView as DarkwebKgView;
      const d = v.renderer.getNodeDisplayData(v.state.selected!)!;
      const c = v.renderer.getCamera().getState();
      return { selected: v.state.selected, dx: Math.abs(c.x - d.x), dy: Math.abs(c.y - d.y) };
    });
    expect(centred.selected).toBe(`${ID}agency/bka`);
    expect(centred.dx).toBeLessThan(1e-6);
    expect(centred.dy).toBeLessThan(1e-6);
    expect((await display(page, `${ID}agency/bka`)).highlighted).toBe(true);
    expect(errors).toEqual([]);
  });

  test('clicking a node opens its panel with the evidence sentences, mentions marked, and their articles', async () => {
    const { page, errors } = await open(viewUrl);
    const p = await nodePoint(page, `${ID}person/marta-keller`);
    await page.mouse.click(p.x, p.y);
    await expect(page.locator('.entity-name').textContent()).resolves.toBe('Marta Keller');
    await expect(page.locator('.entity-class').textContent()).resolves.toBe('Person');
    const quotes = await page.locator('.relations blockquote').allTextContents();
    expect(quotes).toHaveLength(3);
    expect(quotes[0]).toContain('arrested a 31-year-old German woman, Marta Keller, whom investigators describe');
    expect(await page.locator('.relations mark.m1').first().textContent()).toBe('Marta Keller');
    expect(await page.locator('.relations .rel-head').allTextContents()).toEqual([
      'Marta Kellerarrested byFederal Criminal Police Office1',
      'Marta KellernationalityGermany1',
      'Marta KelleroperatedNightshade Bazaar1',
    ]);
    const cite = page.locator('.relations cite').first();
    await expect(cite.textContent()).resolves.toBe('Police shut down dark web market Nightshade Bazaar2022-03-14');
    await expect(cite.locator('a').getAttribute('href')).resolves.toBe('https://example.org/news/nightshade-bazaar');
    // Another entity's name in the panel selects it.
    await page.locator('.relations button.link', { hasText: 'Nightshade Bazaar' }).click();
    await expect(page.locator('.entity-name').textContent()).resolves.toBe('Nightshade Bazaar');
    await expect(page.locator('.panel-section h3', { hasText: 'Articles' }).textContent()).resolves.toBe('Articles (3)');
    expect(errors).toEqual([]);
  });

  test('the panel shows aliases, the Wikidata link and the arrest and seizure figures', async () => {
    const { page } = await open(viewUrl);
    await page.evaluate((iri) => (window.darkwebKgView as DarkwebKgView).select(iri), `${ID}operation/glasswing`);
    await expect(page.locator('.aliases').textContent()).resolves.toBe('Operation Glasswing');
    expect(await page.locator('.fact-summary').allTextContents()).toEqual(
      expect.arrayContaining(['3 arrests in Germany', '9 arrests', 'Seized 120 kg of cocaine', 'Seized 4,200,000 EUR of cash and virtual currencies', 'Arrests (number not stated) in United States']),
    );
    await page.evaluate((iri) => (window.darkwebKgView as DarkwebKgView).select(iri), `${ID}agency/europol`);
    await expect(page.locator('.entity-facts a').getAttribute('href')).resolves.toBe('https://www.wikidata.org/wiki/Q206959');
  });

  test('hovering a node keeps its neighbours in colour and greys the rest', async () => {
    const { page } = await open(viewUrl);
    const p = await nodePoint(page, `${ID}operation/glasswing`);
    await page.mouse.move(p.x, p.y);
    await page.evaluate(TWO_FRAMES);
    expect(await page.evaluate(() => (window.darkwebKgView as DarkwebKgView).state.hovered)).toBe(`${ID}operation/glasswing`);
    expect((await display(page, `${ID}agency/europol`)).color).toBe('#1f77b4');
    expect((await display(page, `${ID}person/marta-keller`)).color).toBe(DIM);
    expect((await display(page, `${ID}operation/glasswing`)).highlighted).toBe(true);
    await page.mouse.move(5, 790);
    await page.evaluate(TWO_FRAMES);
    expect((await display(page, `${ID}person/marta-keller`)).color).toBe('#ff7f0e');
  });

  test('in a big graph, hovering redraws only the neighbourhoods, and leaves nothing stale behind', async () => {
    const { page, errors } = await open(bigUrl);
    const look = await page.evaluate(async () => {
      const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const v = window.darkwebKgView as DarkwebKgView;
      const g = v.model.graph;
      const R = v.renderer;
      const hub = g.nodes().reduce((a, b) => (g.degree(b) > g.degree(a) ? b : a));
      const other = g.nodes().find((n) => n !== hub && !g.areNeighbors(n, hub))!;
      const snapshot = () => ({
        hub: R.getNodeDisplayData(hub)!.highlighted,
        hubEdges: [...new Set(g.edges(hub).map((e) => R.getEdgeDisplayData(e)!.color))],
        neighbourLabels: g.neighbors(hub).every((n) => R.getNodeDisplayData(n)!.forceLabel),
        otherColor: R.getNodeDisplayData(other)!.color === g.getNodeAttribute(other, 'color'),
        otherEdgesHidden: g.edges(other).some((e) => R.getEdgeDisplayData(e)!.hidden),
      });
      v.state.setHovered(hub);
      await twoFrames();
      const hovered = snapshot();
      v.state.setHovered(other);
      v.state.setHovered(null);
      await twoFrames();
      return { dim: v.state.dimOthers, hovered, after: snapshot() };
    });
    expect(look.dim).toBe(false);
    expect(look.hovered).toEqual({ hub: true, hubEdges: ['#505050'], neighbourLabels: true, otherColor: true, otherEdgesHidden: false });
    expect(look.after).toEqual({ hub: false, hubEdges: ['#c4c4c4'], neighbourLabels: false, otherColor: true, otherEdgesHidden: false });
    expect(errors).toEqual([]);
  });

  test('the legend hides and shows a class', async () => {
    const { page } = await open(viewUrl);
    const person = page.locator('.legend-item[data-class="Person"]');
    await person.click();
    await expect(person.getAttribute('aria-pressed')).resolves.toBe('false');
    expect((await display(page, `${ID}person/marta-keller`)).hidden).toBe(true);
    await person.click();
    expect((await display(page, `${ID}person/marta-keller`)).hidden).toBe(false);
  });

  test('the path finder draws the shortest path and lists the evidence for each hop', async () => {
    const { page, errors } = await open(viewUrl);
    await page.locator('.path-box summary').click();
    await page.locator('.path-from input').fill('keller');
    await page.locator('.path-from input').press('Enter');
    await page.locator('.path-to input').fill('europol');
    await page.locator('.path-to input').press('Enter');
    expect(await page.locator('.hops > li').count()).toBe(3);
    for (const hop of await page.locator('.hops > li').all()) expect(await hop.locator('blockquote').count()).toBeGreaterThan(0);
    const drawn = await page.evaluate(() => {
      const v = window.darkwebKgView as DarkwebKgView;
      const path = v.state.path!;
      return {
        nodes: [...path.nodes],
        edgeColors: [...path.edges].map((e) => v.renderer.getEdgeDisplayData(e)!.color),
      };
    });
    expect(drawn.nodes[0]).toBe(`${ID}person/marta-keller`);
    expect(drawn.nodes[3]).toBe(`${ID}agency/europol`);
    expect(new Set(drawn.edgeColors)).toEqual(new Set([PATH_RED]));

    // With markets hidden the path may not cross Nightshade Bazaar.
    await page.locator('.legend-item[data-class="Marketplace"]').click();
    const around = await page.evaluate(
      ([a, b]) => (window.darkwebKgView as DarkwebKgView).findPath(a, b),
      [`${ID}person/marta-keller`, `${ID}agency/europol`],
    );
    expect(around).toHaveLength(4);
    expect(around).not.toContain(`${ID}marketplace/nightshade-bazaar`);
    expect(errors).toEqual([]);
  });

  test('a graph of script-injection attempts stays inert and shows every name literally', async () => {
    const { page, errors, dialogs } = await open(xssUrl);
    const P1 = '<script>alert(1)</script>';
    const P2 = '"><img src=x onerror=alert(1)>';
    const P3 = '</script>';
    // Exercise every part of the page that renders data: hover and click each node, search, path finder.
    for (const iri of [`${ID}marketplace/xss-img`, `${ID}person/xss-close`, `${ID}drug/plain`]) {
      const p = await nodePoint(page, iri);
      await page.mouse.move(p.x, p.y);
      await page.mouse.click(p.x, p.y);
      // Sigma reads a second click within its doubleClickTimeout (300 ms) as a double click (zoom).
      await page.waitForTimeout(350);
    }
    await expect(page.locator('.entity-name').textContent()).resolves.toBe('plain & <b>bold</b>');
    await page.locator('.search input').fill('<script>alert');
    await expect(page.locator('.search .ac-name').first().textContent()).resolves.toBe(P1);
    await page.locator('.search input').press('Enter');
    await expect(page.locator('.entity-name').textContent()).resolves.toBe(P1);
    await page.evaluate((iri) => (window.darkwebKgView as DarkwebKgView).select(iri), `${ID}marketplace/xss-img`);
    await expect(page.locator('.entity-name').textContent()).resolves.toBe(P2);
    expect(await page.locator('.relations blockquote').allTextContents()).toContain(
      `${P3} ran ${P2} <iframe src="javascript:alert(1)"></iframe>`,
    );
    await page.evaluate(([a, b]) => (window.darkwebKgView as DarkwebKgView).findPath(a, b), [`${ID}agency/xss-script`, `${ID}person/xss-close`]);
    expect(await page.locator('.hops > li').count()).toBe(2);
    await page.evaluate((iri) => (window.darkwebKgView as DarkwebKgView).select(iri), `${ID}agency/xss-script`);
    await page.evaluate(TWO_FRAMES);

    const dom = await page.evaluate(() => ({
      title: document.title,
      h1: document.querySelector('#sidebar h1')?.textContent,
      scripts: document.scripts.length,
      injected: document.querySelectorAll('img, iframe, object, embed, b, #sidebar script').length,
      scriptLinks: [...document.querySelectorAll('a')].filter((a) => !/^https?:$/.test(a.protocol)).length,
      links: [...document.querySelectorAll('a')].map((a) => a.href),
      text: document.body.innerText,
    }));
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(dom.title).toBe('<script>alert(9)</script>');
    expect(dom.h1).toBe('<script>alert(9)</script>');
    expect(dom.scripts).toBe(2);
    expect(dom.injected).toBe(0);
    expect(dom.scriptLinks).toBe(0);
    // The javascript: article URL and the malformed Wikidata id are not links; the https URL is.
    expect(new Set(dom.links)).toEqual(new Set(['https://example.org/a?b=%3Cc%3E&d=%22e%22']));
    expect(dom.text).toContain(`The agency ${P1} closed the market ${P2} after a long inquiry ${P3}.`);
    expect(dom.text).toContain('"><img src=x onerror=alert(1)>');
  });
});
