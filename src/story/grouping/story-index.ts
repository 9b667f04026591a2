// Incremental grouping. Each new article is profiled (profile.ts: its words, names, dates, places) and compared only with the articles that share one of its
// key terms (an inverted index over each article's heaviest words and names: near-linear, never all
// pairs); the links that score high enough are kept. Then only the stories it links to are grouped
// again, together with it: it joins one, founds its own, or (when it bridges them) lets two merge or
// a story split. Stories it does not touch keep their numbers and members.
import type { AnalyzedArticle } from '../../core/model.js';
import { agglomerate, type Link } from './agglomerate.js';
import { linkProbability, linkScore } from './links.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import type { GroupingModel } from './model.js';
import { profileArticle, type ArticleProfile } from './profile.js';

/** At most this many earlier articles are scored against a new one: those sharing most key terms. */
const MAX_CANDIDATES = 300;
/** A key term keeps only its latest articles: retrieval stays bounded however many share a common term. */
const MAX_POSTINGS = 1000;
/**
 * Past this many articles, the touched stories are not regrouped: the article just joins the best one.
 * Regrouping a region costs about its size squared per article, so a story of thousands stays linear;
 * ECB+ dev (all topics mixed) groups the same from 120 up.
 */
const MAX_REGION = 150;

/** What the last `add` did to the stories. */
export interface StoryChange {
  /** The story the new article is in. */
  story: number;
  /** Stories whose members changed (the new article's included). */
  changed: number[];
  /** Stories that no longer exist (merged into others). */
  removed: number[];
}

export class StoryIndex {
  readonly #model: GroupingModel;
  readonly #gazetteer: Gazetteer;
  readonly #profiles: ArticleProfile[] = [];
  /** Key term to the articles indexed under it. */
  readonly #postings = new Map<string, number[]>();
  /** Per article: linked article to link score. */
  readonly #links: Map<number, number>[] = [];
  /** Per article: its best related link scores, highest first, at most k (its standard is the k-th). */
  readonly #best: number[][] = [];
  readonly #storyOf: number[] = [];
  readonly #members = new Map<number, number[]>();
  #nextStory = 0;
  #lastChange: StoryChange | undefined;

  /** `gazetteer` places the towns each report names (profile.ts). */
  constructor(model: GroupingModel, gazetteer: Gazetteer) {
    this.#model = model;
    this.#gazetteer = gazetteer;
  }

  /** Number of articles added. */
  get size(): number {
    return this.#profiles.length;
  }

  /** What the last `add` changed (undefined before the first). */
  get lastChange(): StoryChange | undefined {
    return this.#lastChange;
  }

  /** Adds the article (its position is the current `size`) and returns the number of its story. */
  add(article: AnalyzedArticle): number {
    const pos = this.#profiles.length;
    const profile = profileArticle(article, this.#model.idf, this.#gazetteer);
    this.#profiles.push(profile);
    const links = new Map<number, number>();
    this.#links.push(links);
    this.#best.push([]);
    for (const other of this.#candidates(profile)) {
      const z = linkScore(this.#model, profile, this.#profiles[other]!);
      if (z < this.#model.minLinkScore) continue;
      links.set(other, z);
      this.#links[other]!.set(pos, z);
      this.#keepBest(pos, z);
      this.#keepBest(other, z);
    }
    for (const key of profile.keys) {
      const list = this.#postings.get(key);
      if (!list) this.#postings.set(key, [pos]);
      else if (list.push(pos) > MAX_POSTINGS) list.shift();
    }
    const touched = [...new Set([...links.keys()].map((o) => this.#storyOf[o]!))].sort((x, y) => x - y);
    const region = [pos, ...touched.flatMap((s) => this.#members.get(s)!)];
    this.#lastChange = region.length > MAX_REGION ? this.#join(pos, touched) : this.#regroup(region, touched);
    return this.#storyOf[pos]!;
  }

  /** The story of the article at `position`. */
  storyOf(position: number): number {
    const s = this.#storyOf[position];
    if (s === undefined) throw new RangeError(`no article at position ${position}`);
    return s;
  }

  /** Article positions of one story, sorted. */
  members(story: number): number[] {
    const m = this.#members.get(story);
    if (!m) throw new RangeError(`no story ${story}`);
    return [...m].sort((x, y) => x - y);
  }

  /** Article positions per story, each sorted, stories in order of their first article. */
  stories(): number[][] {
    return [...this.#members.values()].map((m) => [...m].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
  }

  /** Earlier articles sharing a key term with the profile, those sharing most first. */
  #candidates(profile: ArticleProfile): number[] {
    const shared = new Map<number, number>();
    for (const key of profile.keys) for (const other of this.#postings.get(key) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    return [...shared].sort((x, y) => y[1] - x[1] || y[0] - x[0]).slice(0, MAX_CANDIDATES).map(([other]) => other);
  }

  /** Keeps the article's k best related scores: its standard stays O(1) to read however many links it has. */
  #keepBest(article: number, z: number): void {
    const { related, k } = this.#model.local;
    if (z < related) return;
    const best = this.#best[article]!;
    if (best.length === k && z <= best[k - 1]!) return;
    let i = best.length;
    while (i > 0 && best[i - 1]! < z) i--;
    best.splice(i, 0, z);
    if (best.length > k) best.pop();
  }

  /** The article's standard (as neighbourScale computes it from all its links). */
  #scale(article: number): number | undefined {
    const best = this.#best[article]!;
    return best.length === this.#model.local.k ? best[best.length - 1] : undefined;
  }

  /** Groups the region (the new article and the stories it links to) again. */
  #regroup(region: readonly number[], touched: readonly number[]): StoryChange {
    const local = new Map(region.map((article, i) => [article, i]));
    const scales = region.map((article) => this.#scale(article));
    const links: Link[] = [];
    region.forEach((article, i) => {
      for (const [other, z] of this.#links[article]!) {
        const j = local.get(other);
        if (j !== undefined && j > i) links.push({ a: i, b: j, p: linkProbability(this.#model.local, z, scales[i], scales[j], this.size) });
      }
    });
    const groups = agglomerate(region.length, links, this.#model.merge).map((g) => g.map((i) => region[i]!));
    // Each new group keeps the number of the old story it shares most articles with, biggest groups first.
    const free = new Set(touched);
    const numbered = groups.sort((x, y) => y.length - x.length || x[0]! - y[0]!).map((g) => {
      const overlap = new Map<number, number>();
      for (const article of g) { const s = this.#storyOf[article]; if (s !== undefined && free.has(s)) overlap.set(s, (overlap.get(s) ?? 0) + 1); }
      const best = [...overlap].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
      const story = best ? best[0] : this.#nextStory++;
      free.delete(story);
      return { story, g };
    });
    const oldSize = new Map(touched.map((s) => [s, this.#members.get(s)!.length]));
    for (const s of touched) this.#members.delete(s);
    const changed: number[] = [];
    for (const { story, g } of numbered) {
      const kept = g.filter((a) => this.#storyOf[a] === story).length;
      if (kept !== g.length || oldSize.get(story) !== g.length) changed.push(story);
      this.#members.set(story, g);
      for (const article of g) this.#storyOf[article] = story;
    }
    return { story: this.#storyOf[region[0]!]!, changed: changed.sort((x, y) => x - y), removed: [...free].sort((x, y) => x - y) };
  }

  /** For a region too large to regroup: the article joins the story it links to best, or founds one. */
  #join(article: number, touched: readonly number[]): StoryChange {
    const scale = this.#scale(article);
    const { merge, local } = this.#model;
    // Average linkage to each story: the article's links summed per story (members it has no link to count 0).
    const sum = new Map<number, number>();
    for (const [m, z] of this.#links[article]!) {
      const story = this.#storyOf[m]!;
      sum.set(story, (sum.get(story) ?? 0) + linkProbability(local, z, scale, this.#scale(m), this.size));
    }
    let best: number | undefined, bestMean = -Infinity;
    for (const story of touched) {
      const mean = (sum.get(story) ?? 0) / this.#members.get(story)!.length;
      if (mean > bestMean) { bestMean = mean; best = story; }
    }
    const story = best !== undefined && bestMean >= merge.floor && bestMean / merge.singleton >= merge.ratio ? best : this.#nextStory++;
    const members = this.#members.get(story);
    if (members) members.push(article);
    else this.#members.set(story, [article]);
    this.#storyOf[article] = story;
    return { story, changed: [story], removed: [] };
  }
}
