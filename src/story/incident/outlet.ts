import type { Source } from '../../core/model.js';
import { sourceNameFromUrl } from '../../read/source.js';
import type { Gazetteer, Place } from '../entities/gazetteer.js';
import { usState } from '../grouping/us-states.js';

// Where an outlet stands, from its own name: local news names its market in its web address
// ("abc7chicago.com", "philadelphia.cbslocal.com", "kentucky.com"). A report that names no state is
// most likely about a town near its outlet, so these places are evidence for reading its towns.

export interface OutletPlaces {
  /** US states the outlet's address is named after (a whole word of it). */
  states: Set<string>;
  /** Towns it may be named after: every gazetteer town big enough to be a news market that answers to the name. */
  towns: Place[];
}

/** A name in an address is a town only when the town is a news market this big (a shorter town name would match by accident). */
const MARKET_MIN_POPULATION = 50000;
/** Shorter runs of letters match town names by accident ("news", "fox"). */
const MIN_LETTERS = 5;

/** The states and market towns the outlet's host name spells, each run of letters read for names with or without their space. */
export function outletPlaces(source: Readonly<Source>, gazetteer: Gazetteer): OutletPlaces {
  const out: OutletPlaces = { states: new Set(), towns: [] };
  const host = (source.url ? sourceNameFromUrl(source.url) : undefined) ?? (/^[\w-]+(?:\.[\w-]+)+$/.test(source.name) ? source.name : undefined);
  if (!host) return out;
  // the last label is the top-level domain ("com"), never a place
  const runs = host.toLowerCase().replace(/:\d+$/, '').split('.').slice(0, -1).flatMap((label) => label.match(/\p{L}+/gu) ?? []);
  const seen = new Set<string>();
  for (const run of runs) {
    // a state only as a whole word ("kentucky.com"; "nbcwashington" is the capital's outlet, not the state's)
    for (const name of spellings(run)) { const state = fullStateName(name); if (state) out.states.add(state); }
    for (let i = 0; i + MIN_LETTERS <= run.length; i++) {
      for (let j = i + MIN_LETTERS; j <= run.length; j++) {
        const word = run.slice(i, j);
        // one space anywhere: "kansascity" is Kansas City, "newjersey" New Jersey
        for (const name of spellings(word)) {
          if (seen.has(name)) continue;
          seen.add(name);
          // written as the town is, never a variant spelling ("montereyherald" is no outlet of Monterrey, Mexico)
          for (const p of gazetteer.lookup(name, true)) if (p.population >= MARKET_MIN_POPULATION) out.towns.push(p);
        }
      }
    }
  }
  return out;
}

/** The word as written and with one space anywhere between parts of three letters or more: "kansascity" may be Kansas City. */
function spellings(word: string): string[] {
  const out = [word];
  for (let cut = 3; cut <= word.length - 3; cut++) out.push(`${word.slice(0, cut)} ${word.slice(cut)}`);
  return out;
}

/** The state whose full name this is (an abbreviation, "wash" or "la", is too likely another word in an address). */
function fullStateName(name: string): string | undefined {
  // the abbreviations are those written with a full stop too ("Wash."); a full name never is
  return name.length >= 4 && !usState(`${name}.`) ? usState(name) : undefined;
}
