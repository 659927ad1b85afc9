import type { QuestionInput } from "./question-input.ts";

/**
 * The opening of the article (p01–p05): Russia's tough stance from a weak
 * position, its push to bolster the CSTO before the Afghanistan drawdown, the
 * Institute for Contemporary Development report, and the Northern Distribution
 * Network.
 */
export const openingQuestions: QuestionInput[] = [
  {
    id: "q-russia-stance-in-opening",
    type: "single-choice",
    prompt:
      "How does the article's opening sentence describe Russia's dealings with the United States and NATO on security in Central Asia?",
    choices: [
      { id: "a", text: "Acting tough from a position of growing weakness", correct: true },
      { id: "b", text: "Softening its stance from a position of growing strength", correct: false },
      { id: "c", text: "Acting tough from a position of growing strength", correct: false },
      { id: "d", text: "Softening its stance from a position of growing weakness", correct: false },
    ],
    explanation:
      "The opening sentence says Russia “is acting tough while operating from a position of increasing weakness.” A softening is how the article later says Moscow's push for cooperation “could be seen”, not how it opens. Growing strength reverses the opening's “increasing weakness.”",
    evidence: [
      {
        paragraphId: "p01",
        quote: "Russia is acting tough while operating from a position of increasing weakness",
      },
      {
        paragraphId: "p07",
        quote:
          "an attempt at expanding cooperation could be seen as a softening of that opposition",
      },
    ],
    tags: ["russian-strategy", "russia", "united-states", "nato", "central-asia"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-cloze-organisation-russia-bolsters",
    type: "cloze",
    prompt: "Name the organisation (its full name or its abbreviation).",
    text: "Of late, Russia has tried to bolster the {{1}}.",
    accept: [
      [
        "Collective Security Treaty Organization",
        "Collective Security Treaty Organisation",
        "CSTO",
      ],
    ],
    explanation:
      "The article says “Russia has tried to bolster the Collective Security Treaty Organization (CSTO).” NATO is the other alliance in the article, the one that “has kept the CSTO at arm’s length.”",
    evidence: [
      {
        paragraphId: "p02",
        quote: "Russia has tried to bolster the Collective Security Treaty Organization (CSTO)",
      },
      { paragraphId: "p02", quote: "NATO has kept the CSTO at arm’s length" },
    ],
    tags: ["csto", "russian-strategy"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-cloze-withdrawal-end-year",
    type: "cloze",
    prompt: "Fill in the year.",
    text: "The phased US and NATO withdrawal from Afghanistan is scheduled to conclude in {{1}}.",
    accept: [["2014"]],
    explanation:
      "The article says “The phased withdrawal is scheduled to conclude in 2014.” The other year in the article, 2009, is the date of the State Department cable.",
    evidence: [
      { paragraphId: "p02", quote: "The phased withdrawal is scheduled to conclude in 2014." },
      { paragraphId: "p10", quote: "A State Department cable from 2009" },
    ],
    tags: ["afghanistan-drawdown", "afghanistan", "nato", "united-states"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-nato-keeps-csto-at-arms-length",
    type: "true-false",
    prompt:
      "True or false: So far it is the CSTO that has turned down NATO's requests to tackle regional security threats together.",
    answer: false,
    explanation:
      "False: the roles are the other way round. NATO “has kept the CSTO at arm’s length, rejecting the latter’s requests to work jointly,” so the requests came from the CSTO and NATO rejected them. That is why “Getting NATO to change its mind has proven difficult for Russia.”",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "NATO has kept the CSTO at arm’s length, rejecting the latter’s requests to work jointly in handling regional security threats",
      },
      {
        paragraphId: "p02",
        quote: "Getting NATO to change its mind has proven difficult for Russia",
      },
    ],
    tags: ["nato-csto-cooperation", "nato", "csto"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-hope-for-stronger-csto",
    type: "single-choice",
    prompt:
      "According to the article, what gap does Russia hope the alliance it is bolstering will fill?",
    choices: [
      {
        id: "a",
        text: "Shortfalls in the supplies that reach US and NATO troops in Afghanistan",
        correct: false,
      },
      {
        id: "b",
        text: "The gap Uzbekistan left by skipping the alliance's recent exercises",
        correct: false,
      },
      {
        id: "c",
        text: "Heightened security risks as US and NATO forces draw down in Afghanistan",
        correct: true,
      },
      {
        id: "d",
        text: "Room for NATO and US influence to spread in the former Soviet space",
        correct: false,
      },
    ],
    explanation:
      "Russia bolsters the CSTO “in the hopes that it will be able to pick up any slack, in terms of heightened security risks, arising out of the US and NATO drawdown in Afghanistan.” Supplies for the troops are what the Northern Distribution Network carries, a separate push in which Russia wants the CSTO to gain a management role. Uzbekistan's absence from the exercises is reported as a sign of its distancing, not as a gap Russia wants filled. Countering “potential NATO and US influence in the former Soviet space” is the 2009 US cable's account of why Moscow initiated the CSTO, not Russia's stated hope.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "in the hopes that it will be able to pick up any slack, in terms of heightened security risks, arising out of the US and NATO drawdown in Afghanistan",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p13",
        quote:
          "has lately been distancing itself from the CSTO, declining to participate in the recent exercises",
      },
      {
        paragraphId: "p11",
        quote:
          "an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space",
      },
    ],
    tags: ["csto", "russian-strategy", "afghanistan-drawdown"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-icd-kind-of-organisation",
    type: "single-choice",
    prompt: "What kind of organisation is the Institute for Contemporary Development?",
    choices: [
      { id: "a", text: "A unit of the Russian defense ministry", correct: false },
      { id: "b", text: "A US State Department office", correct: false },
      { id: "c", text: "A Moscow institute for world economy studies", correct: false },
      { id: "d", text: "A Russian think tank", correct: true },
    ],
    explanation:
      "The article calls it “the Institute for Contemporary Development, a Russian think tank.” The defense link belongs to Yevgeny Buzhinsky, “a retired Russian defense official.” The State Department wrote the 2009 cable. Moscow's Institute of World Economy and International Relations is where Andrei Zagorski works.",
    evidence: [
      {
        paragraphId: "p03",
        quote: "the Institute for Contemporary Development, a Russian think tank",
      },
      { paragraphId: "p06", quote: "Yevgeny Buzhinsky, a retired Russian defense official" },
      { paragraphId: "p10", quote: "A State Department cable from 2009" },
      {
        paragraphId: "p08",
        quote:
          "Andrei Zagorski, an expert on Russia’s relations with the West at Moscow’s Institute of World Economy and International Relations",
      },
    ],
    tags: ["institute-for-contemporary-development", "sourcing", "russia"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-cloze-cooperation-against-afghan-threat",
    type: "cloze",
    prompt: "Complete the conclusion of the Russian think-tank report.",
    text: "“Given such a situation, it is both necessary and possible to expand cooperation with {{1}} against the ‘Afghan threat.’”",
    accept: [["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"]],
    explanation:
      "The report ends: “it is both necessary and possible to expand cooperation with NATO against the ‘Afghan threat.’” It comes to that after saying Russia will find the threat extraordinarily difficult to deal with “without an international coalition component.”",
    evidence: [
      {
        paragraphId: "p04",
        quote:
          "it is both necessary and possible to expand cooperation with NATO against the ‘Afghan threat.’",
      },
      {
        paragraphId: "p04",
        quote:
          "Russia will find it extraordinarily difficult to deal with this threat without an international coalition component",
      },
    ],
    tags: ["institute-for-contemporary-development", "nato-csto-cooperation", "taliban-threat"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-icd-threat-spares-russia",
    type: "true-false",
    prompt:
      "True or false: The think-tank report sees the Taliban's expansion as a danger to the Central Asian countries but not to Russia itself.",
    answer: false,
    explanation:
      "False. The report says the Taliban's expansion “will create a serious security problem for Central Asian countries, as well as Russia.” It goes on to say that Russia will find this threat “extraordinarily difficult to deal with” without an international coalition.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "which will create a serious security problem for Central Asian countries, as well as Russia",
      },
      {
        paragraphId: "p04",
        quote: "Russia will find it extraordinarily difficult to deal with this threat",
      },
    ],
    tags: ["institute-for-contemporary-development", "taliban-threat", "russia", "central-asia"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-order-icd-report-reasoning",
    type: "ordering",
    prompt:
      "The article sets Russian planners' view of NATO–CSTO cooperation beside a think-tank report's reasoning. Put the steps in order, from the first cause to the planners' conclusion.",
    items: [
      "The international coalition withdraws from Afghanistan.",
      "The Taliban expands.",
      "A serious security problem arises in the region.",
      "NATO–CSTO cooperation in Central Asia becomes essential in Russian planners' eyes.",
    ],
    explanation:
      "The report says the withdrawal “will inevitably lead to the expansion of the Taliban, which will create a serious security problem.” The article states the planners' conclusion first, “Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential,” and quotes the report right after it. So the order of mention puts the conclusion first, while the order of reasoning puts it last.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "will inevitably lead to the expansion of the Taliban, which will create a serious security problem",
      },
      {
        paragraphId: "p03",
        quote:
          "Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential.",
      },
    ],
    tags: [
      "institute-for-contemporary-development",
      "taliban-threat",
      "afghanistan-drawdown",
      "nato-csto-cooperation",
    ],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-cloze-ndn-route-ends",
    type: "cloze",
    prompt: "Fill in where the supply routes start.",
    text: "The Northern Distribution Network is a web of air, road and rail routes that ferries supplies from {{1}} to US and NATO troops in Afghanistan.",
    accept: [["Europe"]],
    explanation:
      "The article describes “a web of air, road and rail routes that ferries supplies from Europe to US and NATO troops in Afghanistan.”",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "a web of air, road and rail routes that ferries supplies from Europe to US and NATO troops in Afghanistan",
      },
    ],
    tags: ["northern-distribution-network", "europe", "afghanistan"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-match-ndn-actors",
    type: "matching",
    prompt: "Match each party to its part in the Northern Distribution Network (NDN) story.",
    pairs: [
      { left: "The CSTO", right: "The body Russia wants to help manage the routes" },
      {
        left: "Yevgeny Buzhinsky",
        right: "Led the first Russian talks with US planners on the routes",
      },
      { left: "US and NATO troops in Afghanistan", right: "The forces the routes supply" },
    ],
    explanation:
      "Russia “is pushing for the CSTO to gain a role in managing the Northern Distribution Network.” Buzhinsky “led the initial Russian discussions US planners on NDN’s operations.” The network “ferries supplies from Europe to US and NATO troops in Afghanistan.”",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p06",
        quote: "led the initial Russian discussions US planners on NDN’s operations",
      },
      {
        paragraphId: "p05",
        quote: "ferries supplies from Europe to US and NATO troops in Afghanistan",
      },
    ],
    tags: ["northern-distribution-network", "csto", "yevgeny-buzhinsky"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-russia-efforts-for-csto",
    type: "multiple-choice",
    prompt:
      "Which of these does the article report Russia doing or seeking? Select all that apply.",
    choices: [
      { id: "a", text: "Bolstering the alliance it leads", correct: true },
      { id: "b", text: "A CSTO-only campaign against Afghan poppy fields", correct: false },
      { id: "c", text: "Coordination of CSTO anti-drug work with NATO", correct: true },
      { id: "d", text: "A formal relationship between NATO and the CSTO", correct: true },
      { id: "e", text: "Cooperation with NATO channelled through the CSTO", correct: true },
    ],
    explanation:
      "Russia “has tried to bolster” the CSTO and “has sought to coordinate CSTO activities with NATO” on narcotics. In Zagorski's words, “We want NATO to have a formal relationship with the CSTO” and Moscow “is seeking to channel its cooperation with NATO through the CSTO.” Russia does want poppy fields destroyed, but it has sought to act with NATO, not through the CSTO alone.",
    evidence: [
      {
        paragraphId: "p02",
        quote: "Russia has tried to bolster the Collective Security Treaty Organization (CSTO)",
      },
      { paragraphId: "p09", quote: "Russia has sought to coordinate CSTO activities with NATO" },
      { paragraphId: "p14", quote: "We want NATO to have a formal relationship with the CSTO." },
      {
        paragraphId: "p14",
        quote: "Moscow is seeking to channel its cooperation with NATO through the CSTO.",
      },
      {
        paragraphId: "p09",
        quote: "Russia wants an aggressive effort to destroy poppy fields in Afghanistan",
      },
    ],
    tags: ["russian-strategy", "csto", "nato-csto-cooperation", "narcotics"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-pentagon-bilateral-ndn-agreements",
    type: "true-false",
    prompt:
      "True or false: At present each country on the supply routes has its own agreement with the Pentagon, rather than one agreement covering them all.",
    answer: true,
    explanation:
      "True. “Currently, the Pentagon has bilateral agreements with all of the countries involved”: a bilateral agreement is between two parties, the Pentagon and one country. One agreement covering them all is what Buzhinsky proposes instead: “The United States needs a solid, universal agreement.”",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "Currently, the Pentagon has bilateral agreements with all of the countries involved.",
      },
      { paragraphId: "p06", quote: "“The United States needs a solid, universal agreement" },
    ],
    tags: ["northern-distribution-network", "pentagon", "bilateral-relations"],
    difficulty: 2,
    level: "understanding",
  },
];
