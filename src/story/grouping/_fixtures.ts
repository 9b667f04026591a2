// Short reports written for the grouping tests (fictional places and people): three outlets on one
// earthquake, two on a different, smaller earthquake elsewhere, one on a football match.
import { readText } from '../../read/text.js';
import type { AnalyzedArticle } from '../../core/model.js';
import { createPipeline, type Pipeline } from '../../analyze/pipeline.js';
import { reporter } from '../../core/report.js';

export const REPORTS = {
  velmora1: `Earthquake kills 12 in northern Arcadia

A magnitude 6.4 earthquake struck near the mountain town of Velmora in northern Arcadia on Tuesday, killing at least 12 people and injuring 85, the national disaster agency said.

The quake hit at 4:12 a.m. local time at a depth of 10 km, according to the Arcadian Seismological Institute. Rescue teams led by regional governor Elena Marsh searched collapsed buildings in Velmora through the morning.
`,
  velmora2: `Strong quake hits Velmora, at least 12 dead

At least 12 people died and 85 were hurt when a 6.4-magnitude earthquake shook Velmora, in the north of Arcadia, early on Tuesday.

Governor Elena Marsh said rescuers were still digging through the rubble of houses in the old town. The Arcadian Seismological Institute put the depth of the quake at 10 km.
`,
  velmora3: `Arcadia earthquake: death toll rises to 14

The toll from Tuesday's magnitude 6.4 earthquake near Velmora rose to 14 on Wednesday, officials in northern Arcadia said, with 85 people treated for injuries.

Governor Elena Marsh visited shelters set up in Velmora for families whose homes collapsed in the quake.
`,
  dunmore1: `Quake rattles Port Dunmore, four injured

A magnitude 5.1 earthquake struck off the coast of Port Dunmore in southern Brevania on March 3, 2019, injuring four people and damaging a harbour wall, the Brevanian Geological Survey said.

Mayor Tomas Reyes said schools would stay closed on Monday.
`,
  dunmore2: `Port Dunmore shaken by 5.1 tremor

Four people were hurt when a 5.1 magnitude quake shook the port city of Port Dunmore, Brevania, on Sunday, March 3, 2019.

Mayor Tomas Reyes told reporters the harbour wall had cracked and that schools would be shut on Monday while engineers checked the buildings.
`,
  football: `Rovers beat City 3-1 in cup final

Rovers won the national cup on Saturday, beating City 3-1 at the Riverside Stadium with two goals from striker Jonas Pell.

Coach Martin Hale said the win was the club's first trophy in a decade.
`,
} as const;
export type ReportName = keyof typeof REPORTS;

let pipeline: Pipeline | undefined;
/** The named reports, analysed by the default pipeline (one per test file: it loads the NER model), in the order given. */
export function analysed(names: readonly ReportName[]): AnalyzedArticle[] {
  const shared = (pipeline ??= createPipeline());
  return names.map((name) => shared.analyze(readText(REPORTS[name], `${name}.txt`, reporter([], 'test'))));
}
