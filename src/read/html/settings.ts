// Tunables of the HTML extractor: tag tables and thresholds. Data only (trafilatura's settings.py).

/** Elements removed with everything inside before anything else looks at the page. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'picture', 'img', 'map', 'area',
  'input', 'select', 'option', 'optgroup', 'textarea', 'button', 'datalist', 'output', 'progress', 'meter',
  'head', 'title', 'meta', 'link', 'base', 'param', 'dialog', 'slot',
]);

/** How the block walker treats an element: a dispatch table (trafilatura's CONVERSIONS). */
export type TagRole = 'block' | 'inline' | 'break' | 'rule' | 'cell';

export const TAG_ROLES: Readonly<Record<string, TagRole>> = {
  // blocks: each starts a new text block
  address: 'block', article: 'block', aside: 'block', blockquote: 'block', center: 'block', dd: 'block',
  details: 'block', dir: 'block', div: 'block', dl: 'block', dt: 'block', fieldset: 'block', figcaption: 'block',
  figure: 'block', footer: 'block', form: 'block', h1: 'block', h2: 'block', h3: 'block', h4: 'block', h5: 'block',
  h6: 'block', header: 'block', hgroup: 'block', legend: 'block', li: 'block', main: 'block', menu: 'block',
  nav: 'block', ol: 'block', p: 'block', pre: 'block', section: 'block', summary: 'block', table: 'block',
  tbody: 'block', thead: 'block', tfoot: 'block', tr: 'block', caption: 'block',
  ul: 'block', body: 'block', html: 'block', listing: 'block', plaintext: 'block', xmp: 'block',
  // a table cell: part of its row's line, unless it holds blocks itself (a layout table)
  td: 'cell', th: 'cell',
  // a line break inside a block
  br: 'break',
  // a separator that ends the block
  hr: 'rule',
};

/** Descendants that make a table cell a block of its own (layout tables). */
export const CELL_BLOCK_SELECTOR = 'p,div,table,ul,ol,dl,h1,h2,h3,h4,h5,h6,blockquote,pre,section,article,br';

/** Headings by level; h1 is usually the page title and is handled apart. */
export const HEADING_LEVEL: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Structural tags that hold page furniture rather than article text. */
export const BOILERPLATE_TAGS: Readonly<Record<string, string>> = {
  nav: 'tag-nav', aside: 'tag-aside', footer: 'tag-footer', header: 'tag-header', menu: 'tag-menu', form: 'tag-form',
};

/** ARIA roles that mark page furniture. */
export const BOILERPLATE_ROLES: Readonly<Record<string, string>> = {
  navigation: 'role-navigation', complementary: 'role-complementary', banner: 'role-banner',
  contentinfo: 'role-contentinfo', menu: 'role-menu', menubar: 'role-menu', search: 'role-search',
  dialog: 'role-dialog', alertdialog: 'role-dialog', toolbar: 'role-toolbar', tablist: 'role-toolbar',
};

export const THRESHOLDS = {
  /** A block at least this long (characters) with little link text counts fully as article text. */
  goodParagraph: 80,
  /** Blocks shorter than this are neutral for choosing the container. */
  shortBlock: 25,
  /** Link characters / all characters above which a block is navigation, not prose. */
  linkDensityNav: 0.8,
  /** A list whose link density is at most this is text (items leading with a link), not navigation. */
  linkDensityList: 0.6,
  /** Link density below which a block is prose. */
  linkDensityProse: 0.3,
  /** A block counts fully for the boxes up to this many levels above its own... */
  freeDepth: 4,
  /** ...and is then multiplied by this for each further level. */
  depthDecay: 0.8,
  /** A container's score is multiplied by (1 - its link density) to this power. */
  linkDensityDiscount: 1,
  /** Head start (in characters of prose) of a box marked as the article's text (itemprop, class, <main>). */
  articleBonus: 200,
  /** Head start of a box that holds the h1 or starts at most `titleWindow` boxes after it. */
  titleBonus: 150,
  titleWindow: 40,
  /** How much each character of page furniture inside a container counts against it. */
  furniturePenalty: 0.5,
  /** Per-block cost of short neutral blocks, so that ties go to the smaller container. */
  neutralCost: 2,
  /** A furniture pattern on an element holding at least this share of the page's article text is not believed... */
  safeShare: 0.5,
  /** ...when, believing every pattern, the article kept less than this share of the page's prose. */
  distrustShare: 0.3,
  /** Caption and credit patterns are not believed on elements holding more text than this. */
  maxCaptionChars: 600,
  /** Headings that open a comment or related section ("34 responses to <title>") are at most this long. */
  maxSectionHeadingChars: 150,
  /** In a box holding most of the page's prose, a "More stories" heading must follow this share of it. */
  relatedHeadingAfter: 0.8,
  /** A box with a credit line and at most this many blocks is a figure: its other blocks are its caption. */
  maxFigureBlocks: 3,
  /** Text lines (captions, credits, "Read more") recognised by their wording must be shorter than this. */
  maxLineRuleChars: 250,
  /** Below this many characters of article text the result counts as "nothing found". */
  minArticleChars: 150,
  /** Prefer JSON-LD `articleBody` when the page gives us less than this share of its length. */
  jsonLdPreferShare: 0.5,
  /** ...and less than this many characters. */
  jsonLdPreferBelow: 1000,
  /** A hidden element holding more than this share of the page's text is kept (shown by a script). */
  hiddenKeepShare: 0.3,
  /** An inline element of a paragraph with this many characters, mostly links, is a pop-up card. */
  linkCardChars: 80,
  /** ...but no more than this (a span left open by broken markup can hold the rest of the page). */
  linkCardMaxChars: 1000,
  linkDensityCard: 0.8,
  /** Readability is not asked about pages with more elements than this (it is slow on them). */
  readabilityMaxElements: 10000,
  /** ...nor about pages nested deeper than this (tag soup; its text lookups grow with the square of the depth). */
  readabilityMaxDepth: 200,
  /** At most this many comment blocks are kept. */
  maxCommentBlocks: 500,
} as const;
