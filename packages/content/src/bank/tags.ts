/**
 * The controlled tag vocabulary. Tags drive filtering, per-topic mastery and
 * exports, so every item uses ids from this list and nothing else.
 */
export const TAG_KINDS = ["topic", "person", "organisation", "place"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const TAGS = {
  // Topics
  "afghanistan-drawdown": { kind: "topic", label: "US and NATO drawdown from Afghanistan" },
  "nato-csto-cooperation": { kind: "topic", label: "NATO–CSTO cooperation" },
  "northern-distribution-network": { kind: "topic", label: "Northern Distribution Network" },
  narcotics: { kind: "topic", label: "Narcotics trafficking" },
  "us-skepticism": { kind: "topic", label: "US skepticism of Russia and the CSTO" },
  "central-asian-stances": { kind: "topic", label: "Central Asian states' stances" },
  "russian-strategy": { kind: "topic", label: "Russia's strategy and position" },
  "bilateral-relations": { kind: "topic", label: "Bilateral US–Central Asia relations" },
  "taliban-threat": { kind: "topic", label: "Taliban and the 'Afghan threat'" },
  "wikileaks-cable": { kind: "topic", label: "The 2009 State Department cable" },
  sourcing: { kind: "topic", label: "Sources and authorship" },
  // People
  "yevgeny-buzhinsky": { kind: "person", label: "Yevgeny Buzhinsky" },
  "andrei-zagorski": { kind: "person", label: "Andrei Zagorski" },
  "islam-karimov": { kind: "person", label: "Islam Karimov" },
  "joshua-kucera": { kind: "person", label: "Joshua Kucera" },
  // Organisations
  csto: { kind: "organisation", label: "Collective Security Treaty Organization (CSTO)" },
  nato: { kind: "organisation", label: "NATO" },
  "institute-for-contemporary-development": {
    kind: "organisation",
    label: "Institute for Contemporary Development",
  },
  imemo: {
    kind: "organisation",
    label: "Institute of World Economy and International Relations",
  },
  "state-department": { kind: "organisation", label: "US State Department" },
  pentagon: { kind: "organisation", label: "Pentagon" },
  wikileaks: { kind: "organisation", label: "Wikileaks" },
  cis: { kind: "organisation", label: "Commonwealth of Independent States (CIS)" },
  taliban: { kind: "organisation", label: "Taliban" },
  eurasianet: { kind: "organisation", label: "Eurasianet" },
  // Places
  "central-asia": { kind: "place", label: "Central Asia" },
  afghanistan: { kind: "place", label: "Afghanistan" },
  russia: { kind: "place", label: "Russia" },
  "united-states": { kind: "place", label: "United States" },
  uzbekistan: { kind: "place", label: "Uzbekistan" },
  turkmenistan: { kind: "place", label: "Turkmenistan" },
  europe: { kind: "place", label: "Europe" },
} as const satisfies Record<string, { kind: TagKind; label: string }>;

export type TagId = keyof typeof TAGS;
export const TAG_IDS = Object.keys(TAGS) as [TagId, ...TagId[]];
