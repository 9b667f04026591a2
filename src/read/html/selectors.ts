// What page parts look like: class/id patterns for furniture, captions, credits and comments, and the
// wording of lines that are not article text. Data only, like trafilatura's xpaths.py. Every pattern is
// generic (words sites use for these parts), never one site's markup.

/** What a pattern says about an element or a line. */
export type PartKind = 'drop' | 'comment' | 'caption' | 'credit';

export interface PartPattern {
  kind: PartKind;
  /** Stable rule code, carried into Segment.rule. */
  rule: string;
  re: RegExp;
}

// Class and id strings are lowercased with camelCase split into words ("relatedNews" → "related-news"),
// so words are delimited by anything that is not a letter or digit.
const word = (alternatives: string, prefix = false): RegExp =>
  new RegExp(`(?:^|[^a-z0-9])(?:${alternatives})${prefix ? '' : '(?:$|[^a-z0-9])'}`);

// A whole class token, optionally with a short namespace prefix ("c-", "td-") and modifier suffixes.
const token = (alternatives: string): RegExp =>
  new RegExp(`(?:^|\\s)(?:[a-z]{1,3}-)?(?:${alternatives})(?:-[a-z0-9]+)*(?=\\s|$)`);

/** Class tokens of the element that holds the article's text (the part is 'article'). */
export const ARTICLE_CLASS = token(
  'article-body|articlebody|article-content|article-text|article-main|article-entry|story-body|storybody|story-content|' +
    'story-text|entry-content|entry-body|entry-text|post-content|post-body|post-entry|post-text|postcontent|' +
    'content-body|body-text|body-copy|article-copy|story-copy|news-body|news-text|news-content|blog-content|blog-post-body|' +
    'rich-text|richtext|main-text|text-body|single-content|single-post-content|post-article|article-wrap|articletext',
);

/** Embedded posts (tweets, Instagram, Facebook, TikTok): quoted content, whatever "social" classes wrap them. */
export const EMBED_CLASS = word('twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video|reddit-card|social-embed|social-media-embed|embedded-tweet|tweet-embed|embed-tweet|twitter-embed|instagram-embed|embed-twitter|embed-instagram|embed-facebook|facebook-embed');

/** Tried in order on `class id`; the first match names the part. */
export const CLASS_PATTERNS: readonly PartPattern[] = [
  { kind: 'comment', rule: 'class-comment', re: word('comments?(?:list|form|box|thread|area|section|wrap|wrapper|s)?|disqus\\w*|discussion|respond|replies|livefyre|coral-talk|talk-stream') },
  { kind: 'drop', rule: 'class-share', re: word('share|sharing|sharebar|social|sociable|addthis|sharethis|shareaholic|follow-us|print-this|email-this|save-article', true) },
  { kind: 'drop', rule: 'class-related', re: word('related|recommend|recirc|trending|popular|most-read|most-viewed|most-popular|mostread|outbrain|taboola|read-more|readmore|read-next|also-read|more-stories|more-articles|more-news|more-from|further-reading|up-next|next-up|you-may|you-might|dont-miss|must-read|top-stories|latest-news|latest-stories|more-on|in-case-you-missed', true) },
  { kind: 'drop', rule: 'class-newsletter', re: word('newsletter|subscri|sign-up|signup|opt-in|optin|mailing-list|email-signup|paywall|regwall|membership|donate|donation', true) },
  { kind: 'drop', rule: 'class-ad', re: word('ad|ads|adv|advert|advertisement|advertising|ad-slot|adslot|ad-unit|adunit|ad-wrapper|ad-container|ad-block|dfp|gpt-ad|sponsor|sponsored|sponsors|promo|promos|promoted|promotion|affiliate|native-ad|banner') },
  { kind: 'drop', rule: 'class-ad', re: word('advert|sponsor|promo', true) },
  { kind: 'drop', rule: 'class-nav', re: word('nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination|pager|skip-link|skip-to|jump-to|site-nav|main-nav') },
  { kind: 'drop', rule: 'class-tags', re: word('tags|tag-list|taglist|tag-cloud|tags-list|topics|topic-list|keywords|categories|category-list|filed-under|post-tags|entry-tags') },
  { kind: 'drop', rule: 'class-sidebar', re: word('sidebar|side-bar|rail|right-rail|left-rail|widget|widgets|aside|complementary') },
  { kind: 'drop', rule: 'class-page-furniture', re: word('footer|site-footer|masthead|header|site-header|page-header|global-header|topbar|top-bar|toolbar|tool-bar|utility-bar') },
  { kind: 'drop', rule: 'class-popup', re: word('modal|popup|pop-up|overlay|cookie|cookies|consent|gdpr|lightbox|login|signin|sign-in|register|interstitial') },
  { kind: 'drop', rule: 'class-summary', re: word('key-points|keypoints|key-takeaways|takeaways|story-highlights|highlights|tldr|at-a-glance|dek|standfirst|strapline|subtitle|sub-title|excerpt|teaser|teasers|kicker|eyebrow|pull-quote|pullquote|colophon|legal|disclaimer|preview|hero') },
  { kind: 'drop', rule: 'class-meta', re: word('meta|post-meta|entry-meta|article-meta|timestamp|publish-date|pub-date|post-date|entry-date|article-date|date|time|updated|published|reading-time|read-time') },
  { kind: 'caption', rule: 'class-caption', re: /caption|cutline/ },
  { kind: 'credit', rule: 'class-credit', re: word('credit|credits|byline|by-line|bylines|author|authors|author-name|contributor|contributors|photographer|copyright|attribution|author-bio|about-author|bio|author-box|author-info|author-card') },
];

/**
 * Class tokens of elements a reader does not see: hidden, for screen readers only, print only, tooltips and
 * popovers. Whole tokens only: "hidden-xs" (hidden on phones) and "field-label-hidden" (its label is) are seen.
 */
export const HIDDEN_CLASS = /(?:^|\s)(?:[a-z]{1,2}-)?(?:hidden|hide|invisible|visually-hidden|visuallyhidden|sr-only|sr-text|screen-reader-text|screen-reader-only|screenreader-text|offscreen|off-screen|print-only|show-for-print|visible-print|tooltip|tooltip-content|tooltip-text|popover|popover-content|hovercard|hover-card)(?=\s|$)/;

/** `itemprop` values that mark the article's text (never treated as furniture). */
export const ARTICLE_ITEMPROPS: ReadonlySet<string> = new Set(['articlebody', 'reviewbody']);

/** `itemprop` values that mark parts. */
export const ITEMPROP_PARTS: Readonly<Record<string, { kind: PartKind; rule: string }>> = {
  author: { kind: 'credit', rule: 'itemprop-author' },
  datepublished: { kind: 'drop', rule: 'itemprop-date' },
  datemodified: { kind: 'drop', rule: 'itemprop-date' },
  comment: { kind: 'comment', rule: 'itemprop-comment' },
  caption: { kind: 'caption', rule: 'itemprop-caption' },
};

/** Whole lines that are furniture wherever they stand. */
export const DROP_LINE = new RegExp(
  '^(?:advertisement|advertisements|advertising|advert|adverts|ad|ads|sponsored|sponsored content|promoted|paid content|' +
    '(?:story|article|content|text) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|' +
    'continue reading(?: (?:below|the main story|the story))?|scroll (?:down )?to continue(?: (?:reading|with content))?|' +
    'skip (?:this )?ad|skip advertisement|close|loading|loading\\.\\.\\.|' +
    'share|share this|share this (?:article|story|post|page)|share on (?:facebook|twitter|linkedin|whatsapp|email)|tweet|tweet this|' +
    'email|e-mail|print|comments?|\\d+ comments?|view comments|show comments|leave a comment|post a comment|' +
    'facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|link copied|' +
    'back to top|top of page|subscribe|sign up|log in|login|register|' +
    'related(?: articles| stories| content| coverage| posts| links| news)?|recommended(?: for you)?|trending(?: now)?|' +
    'more (?:stories|articles|news|from .{1,40})|read more|see more|load more|show more|view more|most (?:read|popular|viewed)|' +
    'you may also like|you might also like|you might be interested in|don\'?t miss|editor\'?s picks?|top stories|latest (?:news|stories)|' +
    'image|photo|video|watch|listen|play|replay|previous|next|expand|enlarge|toggle caption|hide caption|' +
    'explore further|learn more|find out more|further reading|more information|more info|details|' +
    '\\d+ ?/ ?\\d+|\\d+ of \\d+|(?:image|photo|picture|slide|item) \\d+(?: of| ?/) ?\\d*(?: ?/ ?\\d+)?|caption|captions|' +
    'back to (?:top|gallery|article|story|home|homepage|list)|view (?:gallery|slideshow|all photos)|open gallery|' +
    '(?:show|hide) (?:caption|captions))[\\s.:!…]*$',
  'iu',
);

/** Lines that announce links elsewhere ("Read more: …", "RELATED: …"). */
export const LEAD_LINE = new RegExp(
  '^\\W{0,3}(?:read more|see more|also|read also|also read|read next|related|related articles?|related stories|related coverage|see also|also see|' +
    'more|more on this|more from|more coverage|watch|watch now|watch more|listen|click here|sign up|subscribe|follow us|follow|' +
    'recommended|trending|don\'?t miss|most read|top stories|you may also like|you might also like|also on|latest|' +
    'previously|further reading|more reading|next|up next|sponsored|advertisement|share this|get the|download)\\s*[:>»|–—]',
  'iu',
);

/** Promotion of the site's own products: newsletters, memberships, apps, forums; affiliate disclosures. */
export const PROMO_LINE: readonly RegExp[] = [
  /^\W{0,3}(?:subscribe|sign up|signup|register|join|get|download|listen|follow|click)\b.{0,120}\b(?:newsletters?|inbox|forums?|membership|podcast|app|updates|alerts)\b/iu,
  /\b(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b|\bnewsletters?\b.{0,80}\b(?:sign up|subscribe)\b/iu,
  /\b(?:right )?(?:in|to|into) your inbox\b/iu,
  /\b(?:affiliate (?:commission|links?|partnerships?)|earns? (?:a |an )?(?:small )?commission|we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation))\b/iu,
  /^\W{0,3}(?:follow|like)\b.{0,80}\b(?:on (?:twitter|facebook|instagram|linkedin)|full coverage|https?:\/\/)/iu,
  /^\W{0,3}(?:filed under|tagged(?: with)?|tags|categories|category|posted in|topics)\s*:/iu,
  /^\W{0,3}if you (?:enjoyed|liked|like|enjoy|value|appreciate|found)\b.{0,60}\b(?:article|story|post|piece|content|journalism|work)\b/iu,
  /^\W{0,3}(?:related|more|recommended|see also|also)\b.{0,60}:\s*$/iu,
];

/** Lines without a word: rules, dots, ornaments. */
export const NO_WORDS = /^[^\p{L}\p{N}_]*$/u;

/** Caption lines: "Photo: …", "Image 3 of 12: …", "Video: …". */
export const CAPTION_LINE = /^\W{0,3}(?:photo|photos|photograph|image|images|picture|pictures|pic|video|graphic|illustration|file photo|gallery|slideshow)s?(?:\s+\d+\s*(?:of|\/)\s*\d+)?\s*[:|]/iu;

/** Credit lines: "Photo by …", "(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "© 2019 …", "Reporting by …". */
export const CREDIT_LINE: readonly RegExp[] = [
  /^\W{0,3}(?:photo|photos|photograph|image|images|picture|pictures|video|illustration|graphic|credit|credits|source|courtesy|photo credit|image credit|image source)s?\s*(?:by|courtesy|credit|via|:)/iu,
  /^\W{0,3}(?:reporting|writing|editing|additional reporting|compiled|written|edited|produced|translated|research|graphics)(?: by\b)|^\W{0,3}citation\s*:/iu,
  /^\W{0,3}(?:©|\(c\)|copyright\b)/iu,
  /^\W{0,3}(?:image|photo|picture|video)s?\s+(?:copyright|source|credit)\b/iu,
  /(?:photos?|images?|pictures?)\s*(?:©|\(c\)|copyright)/iu,
  /\b(?:all rights reserved|subject to copyright|may not be (?:re)?published|without (?:the )?(?:prior |express )?written permission)\b/iu,
  /\bfollow (?:him|her|them|me)\b.{0,30}\bon (?:twitter|facebook|instagram|linkedin|mastodon|bluesky)\b/iu,
  /\b(?:may|can) be reached at\b|\bhave a (?:news )?tip\?|\b(?:contact|email|e-mail) (?:the )?(?:author|reporter|writer)\b/iu,
  /\b(?:AP|Reuters|REUTERS|AFP|EPA|EPA-EFE|Getty Images|GETTY IMAGES|Shutterstock|iStock|Alamy|Xinhua|Anadolu|Bloomberg|dpa|ANSA|PA|AAP|Sipa|NurPhoto|Zuma|ZUMA|TASS|Sputnik|UPI)(?: Photo| Images| via Getty Images| Wire)?\s*\/\s*\p{Lu}/u,
  /\((?:AP|AFP|Getty Images|Reuters|EPA|Photo|Photo credit|Credit|Image|Image credit)[^()]{0,80}\)\s*$/u,
  /[.!?”"]\s*(?:Reuters|REUTERS|AP|AFP|Getty Images|GETTY IMAGES|EPA|Bloomberg|Shutterstock|iStock|Alamy|Xinhua)\s*$/u,
  /(?:\/|\||\bvia\b|\bcredit:?|\bphoto:)\s*(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA|Shutterstock|iStock|Alamy|Bloomberg)(?:\s+via\s+\S+(?:\s+\S+){0,3})?\s*\)?\s*$/u,
];

/** A byline: "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press". */
export const BYLINE = /^(?:by|written by|story by|words by|posted by|von|par|por|di)\s+\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+|&\s+)?[\p{Lu}\p{Lt}][\p{L}.'’-]*){0,8}[\s,|]*(?:[-–—|,]\s*[\p{L}\p{N}\s.,:'’/-]{0,60})?$/u;

/** Date-and-time lines: "Published 3:04 PM EST Nov 19, 2019", "Updated: …". */
export const DATE_LINE = /^\W{0,3}(?:published|updated|posted|last updated|first published|modified|last modified|publicado|veröffentlicht|aktualisiert|publié|mis à jour)(?:\s+on)?\s*[:\s]\s*(?=.{0,80}$)(?=.*(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bago\b|\byesterday\b|\btoday\b))/iu;

/** Text that is markup shown as text (the escaped contents of a <noscript> or an embed code). */
export const MARKUP = /^\s*(?:<\/?[a-z][a-z0-9:-]*(?:\s+[a-z_:][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))*\s*\/?>(?:[\s\S]*>)?|\[\/?[a-z_-]+(?:\s[^\]]*)?\][\s\S]*\[\/[a-z_-]+\])\s*$/i;

/** Notices that the page needs a script or a plug-in to show something. */
export const SCRIPT_NOTICE = /\b(?:requires?|needs?|enable|turn on|activate|switch on)\s+(?:(?:your|the)\s+)?javascript\b|\bjavascript (?:is )?(?:disabled|required|turned off)\b|\byour browser does not support\b|\bupgrade (?:to )?a (?:newer|modern|different) browser\b/i;

/** Disclaimers, whatever their length. */
export const DISCLAIMER = /^\W{0,3}(?:disclaimer|disclosure|legal notice)\s*[:\-–—]/iu;

/** Headings that open a comment section: "34 responses to …", "Comments (3)", "Leave a Reply". */
export const COMMENT_HEADING = /^\W{0,3}(?:\d+\s+(?:comments?|responses?|replies|thoughts|reactions)(?:\s+(?:on|to)\b.*)?|(?:comments?|reader comments|user comments|readers' comments)(?:\s*\(\d+\))?|(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)|join the (?:discussion|conversation)|kommentare?|commentaires?|comentarios?|commenti|reacties)\s*:?\s*$/iu;

/** Cookie and privacy notices. */
export const COOKIE_NOTICE = /\b(?:(?:this|our) (?:web)?site uses cookies|we use cookies|uses? cookies to (?:improve|give|ensure|provide|personali[sz]e)|by (?:continuing|using|browsing)\b.{0,60}\b(?:you (?:agree|accept|consent)|cookies)|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)|necessary cookies|non-necessary)\b/iu;

/** Headings that open a list of other stories. */
export const RELATED_HEADING = /^\W{0,3}(?:related(?: articles| stories| content| coverage| posts| links| news| reading)?|read (?:these |this )?next|up next|what to read next|more (?:stories|articles|news|to read|from [\p{L}\p{N} .'’&-]{1,40})|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular (?:stories|articles|now|posts)|latest (?:news|stories|articles|posts)|recent (?:posts|articles|stories)|don'?t miss|editor'?s picks?|top stories|further reading|also (?:read|on [\p{L}\p{N} .'’&-]{1,40})|around the web|from the web|sponsored (?:stories|content|links))\s*[:.!…]*$/iu;
