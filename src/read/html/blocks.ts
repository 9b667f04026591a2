// Pruned DOM → text blocks. One walk over the tree: every block-level element opens a Box (a node of the
// tree of block elements) and every run of text between block boundaries becomes a Block that points at
// its Box. Tag roles come from the dispatch table in settings.ts. The walk is iterative, so deeply
// nested tag soup cannot overflow the stack.
import { isElement, isText, type DomElement, type DomNode } from './_dom.js';
import { partOf, type Part } from './parts.js';
import { CELL_BLOCK_SELECTOR, TAG_ROLES } from './settings.js';

/** A block-level element, as a node of the tree of block elements. Boxes are numbered in document order. */
export interface Box {
  el: DomElement;
  tag: string;
  parent: Box | null;
  depth: number;
  /** Position in document (pre-)order. */
  index: number;
  /** Index of its last descendant box: descendants are exactly the boxes index+1..last. */
  last: number;
  /** The part its own tag and attributes declare. */
  part: Part | null;
}

/** A run of text between block boundaries. */
export interface Block {
  /** Whitespace collapsed; `<br>` and line ends inside `<pre>` kept as "\n". */
  text: string;
  /** Characters that are not whitespace. */
  chars: number;
  /** Of those, the ones inside links. */
  linkChars: number;
  box: Box;
  /** Set when all the block's text sits inside one inline element that declares a part (`<span class="credit">`). */
  inlinePart: Part | null;
}

export interface Walk {
  boxes: Box[];
  blocks: Block[];
  /** The deepest nesting of elements met (tag soup makes it large). */
  depth: number;
}

interface InlineFrame {
  part: Part;
  /** A block boundary occurred inside this element: it wraps blocks, so its part is not a line's part. */
  wrapsBlocks: boolean;
}

type Step = { node: DomNode; exit: false } | { node: DomElement; exit: true; role: string; inline: InlineFrame | null };

const SPACE = /\s+/g;
// Where a link starts or ends. Between two characters of a script written without spaces it becomes a space
// (the link is a word of its own there); elsewhere it vanishes.
const LINK_EDGE = '\u0001';
const LINK_EDGES = /([^\u0001]?)\u0001+([^\u0001]?)/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const NON_SPACE = /\S/g;

export function collectBlocks(root: DomElement): Walk {
  const boxes: Box[] = [];
  const blocks: Block[] = [];
  let box: Box = newBox(root, null);
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  // Open <a> elements. As in an HTML5 parser, an <a> opened inside another ends the outer one's link:
  // tag soup with an unclosed <a> would otherwise make a link of the rest of the page.
  const links: { active: boolean }[] = [];
  let preDepth = 0;
  const inlines: InlineFrame[] = [];
  let depth = 0;
  let maxDepth = 0;
  // The inline part shared by all text of the current block: undefined before any text, null when mixed.
  let shared: InlineFrame | null | undefined;

  function newBox(el: DomElement, parent: Box | null): Box {
    const b: Box = {
      el, tag: el.localName, parent, depth: parent ? parent.depth + 1 : 0,
      index: boxes.length, last: boxes.length, part: parent ? partOf(el) : null,
    };
    boxes.push(b);
    return b;
  }

  function flush(): void {
    if (chars > 0) {
      let joined = parts.join('');
      if (joined.includes(LINK_EDGE)) joined = joined.replace(LINK_EDGES, linkEdge);
      const lines = joined.split('\n');
      const kept: string[] = [];
      for (const line of lines) {
        const l = line.replace(SPACE, ' ').trim();
        if (l !== '') kept.push(l);
      }
      const inlinePart = shared && !shared.wrapsBlocks ? shared.part : null;
      blocks.push({ text: kept.join('\n'), chars, linkChars, box, inlinePart });
    }
    parts = [];
    chars = 0;
    linkChars = 0;
    shared = undefined;
  }

  function addText(data: string): void {
    let t = data;
    if (preDepth > 0) t = t.replace(/\r\n?/g, '\n');
    else t = t.replace(/[\r\n]/g, ' ');
    const n = (t.match(NON_SPACE) ?? []).length;
    parts.push(t);
    if (n === 0) return;
    chars += n;
    if (links.length > 0 && links[links.length - 1]!.active) linkChars += n;
    const innermost = inlines.length > 0 ? inlines[inlines.length - 1]! : null;
    if (shared === undefined) shared = innermost;
    else if (shared !== innermost) shared = null;
  }

  const stack: Step[] = [];
  pushChildren(stack, root);
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.exit) {
      const { node: el, role } = step;
      depth--;
      if (role === 'cell') parts.push(' ');
      if (role === 'block') {
        flush();
        boxes[box.index]!.last = boxes.length - 1;
        box = box.parent ?? box;
      }
      if (el.localName === 'a') {
        links.pop();
        parts.push(LINK_EDGE);
      }
      if (el.localName === 'pre') preDepth--;
      if (step.inline) inlines.pop();
      continue;
    }
    const node = step.node;
    if (isText(node)) {
      addText(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.localName;
    let role = TAG_ROLES[tag] ?? 'inline';
    if (role === 'cell') {
      if (node.querySelector(CELL_BLOCK_SELECTOR)) role = 'block';
      else parts.push(' ');
    }
    if (role === 'break') {
      parts.push('\n');
      continue;
    }
    if (role === 'rule') {
      markWraps(inlines);
      flush();
      continue;
    }
    let inline: InlineFrame | null = null;
    if (role === 'block') {
      markWraps(inlines);
      flush();
      box = newBox(node, box);
    } else {
      const p = partOf(node);
      if (p && p.kind !== 'article' && p.kind !== 'keep') {
        inline = { part: p, wrapsBlocks: false };
        inlines.push(inline);
      }
    }
    if (tag === 'a') {
      for (const l of links) l.active = false;
      links.push({ active: true });
      parts.push(LINK_EDGE);
    }
    if (tag === 'pre') preDepth++;
    stack.push({ node, exit: true, role, inline });
    if (++depth > maxDepth) maxDepth = depth;
    pushChildren(stack, node);
  }
  flush();
  if (boxes[0]) boxes[0].last = boxes.length - 1;
  return { boxes, blocks, depth: maxDepth };
}

function linkEdge(_: string, before: string, after: string): string {
  const spaced = before !== '' && after !== '' && /\S/.test(before) && /\S/.test(after) && (UNSPACED.test(before) || UNSPACED.test(after));
  return `${before}${spaced ? ' ' : ''}${after}`;
}

function pushChildren(stack: Step[], el: DomNode): void {
  const at = stack.length;
  for (let k = el.firstChild; k; k = k.nextSibling) stack.push({ node: k, exit: false });
  // Reverse the children just pushed, so that the first child is popped first.
  for (let i = at, j = stack.length - 1; i < j; i++, j--) {
    const t = stack[i]!;
    stack[i] = stack[j]!;
    stack[j] = t;
  }
}

function markWraps(inlines: InlineFrame[]): void {
  for (const f of inlines) f.wrapsBlocks = true;
}
