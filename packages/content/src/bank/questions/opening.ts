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
      "According to the opening sentence, how is Russia dealing with the United States and NATO on security issues in Central Asia?",
    choices: [
      { id: "a", text: "It is acting tough from a position of growing strength.", correct: false },
      {
        id: "b",
        text: "It is acting tough while operating from a position of increasing weakness.",
        correct: true,
      },
      {
        id: "c",
        text: "It is acting conciliatory because its position is becoming weaker.",
        correct: false,
      },
      {
        id: "d",
        text: "It is staying neutral while it waits for the 2014 withdrawal.",
        correct: false,
      },
    ],
    explanation:
      "The article opens by saying Russia “is acting tough while operating from a position of increasing weakness.” The point is the contrast: a tough manner, a weakening position. “Growing strength” keeps the tough manner but reverses the position. “Conciliatory” gets the weakness right but gets Russia's behaviour wrong. Nothing in the article says Russia is staying neutral: it is actively pushing for NATO–CSTO cooperation.",
    evidence: [
      {
        paragraphId: "p01",
        quote: "Russia is acting tough while operating from a position of increasing weakness",
      },
    ],
    tags: ["russian-strategy", "russia", "united-states", "nato", "central-asia"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-opening-gap-between-stance-and-strength",
    type: "true-false",
    prompt:
      "True or false: The opening sentence suggests a gap between how Russia behaves and how strong its position really is.",
    answer: true,
    explanation:
      "True. Russia “is acting tough while operating from a position of increasing weakness.” The word “while” sets Russia's tough behaviour against its weakening position, so the toughness is not backed by growing strength. Someone who read only “acting tough” might think Russia feels confident. The rest of the article supports the gap: NATO rejects the CSTO's requests, and Zagorski warns that Russia “will need help.”",
    evidence: [
      {
        paragraphId: "p01",
        quote: "Russia is acting tough while operating from a position of increasing weakness",
      },
      { paragraphId: "p08", quote: "Russia’s position becomes more complicated" },
    ],
    tags: ["russian-strategy", "russia", "central-asia"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-cloze-organisation-russia-bolsters",
    type: "cloze",
    prompt: "Fill in the name of the organisation Russia has tried to strengthen.",
    text: "Of late, Russia has tried to bolster the {{1}} in the hopes that it will be able to pick up any slack arising out of the US and NATO drawdown in Afghanistan.",
    accept: [
      [
        "Collective Security Treaty Organization",
        "CSTO",
        "Collective Security Treaty Organisation",
        "Collective Security Treaty Organization (CSTO)",
      ],
    ],
    explanation:
      "Russia has tried to bolster the Collective Security Treaty Organization (CSTO), the Russia-led alliance. Do not confuse it with NATO, the Western alliance whose drawdown from Afghanistan creates the “slack,” or with the Commonwealth of Independent States (CIS), under whose auspices the CSTO operates.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "Russia has tried to bolster the Collective Security Treaty Organization (CSTO) in the hopes that it will be able to pick up any slack",
      },
    ],
    tags: ["csto", "russian-strategy", "afghanistan-drawdown"],
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
      "The article says “The phased withdrawal is scheduled to conclude in 2014.” The other year in the article, 2009, is when the State Department cable released by Wikileaks was written, not when the drawdown ends.",
    evidence: [
      { paragraphId: "p02", quote: "The phased withdrawal is scheduled to conclude in 2014." },
    ],
    tags: ["afghanistan-drawdown", "afghanistan", "nato", "united-states"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-nato-keeps-csto-at-arms-length",
    type: "true-false",
    prompt:
      "True or false: So far, NATO has kept the CSTO at arm’s length and rejected its requests to work jointly on regional security threats.",
    answer: true,
    explanation:
      "True. The article says “NATO has kept the CSTO at arm’s length, rejecting the latter’s requests to work jointly in handling regional security threats,” and that changing NATO's mind “has proven difficult for Russia.” Do not mix up the two alliances: the CSTO made the requests and NATO turned them down.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "NATO has kept the CSTO at arm’s length, rejecting the latter’s requests to work jointly in handling regional security threats",
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
      "According to the article, what does Russia hope a strengthened CSTO will be able to do?",
    choices: [
      {
        id: "a",
        text: "Counter potential NATO and US influence in the former Soviet space",
        correct: false,
      },
      {
        id: "b",
        text: "Take over the Pentagon's bilateral agreements with Central Asian countries",
        correct: false,
      },
      {
        id: "c",
        text: "Pick up any slack in security risks arising from the US and NATO drawdown in Afghanistan",
        correct: true,
      },
      {
        id: "d",
        text: "Replace the Commonwealth of Independent States as the region's main organisation",
        correct: false,
      },
    ],
    explanation:
      "The article says Russia has bolstered the CSTO “in the hopes that it will be able to pick up any slack, in terms of heightened security risks, arising out of the US and NATO drawdown in Afghanistan.” “Countering NATO and US influence” is how the 2009 US cable describes the CSTO's purpose, not Russia's stated hope. Nothing is said about the CSTO taking over the Pentagon's agreements; Russia wants the CSTO to gain a role in the NDN, not to replace those deals. The Commonwealth of Independent States is mentioned only as the body under whose auspices the CSTO operates.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "in the hopes that it will be able to pick up any slack, in terms of heightened security risks, arising out of the US and NATO drawdown in Afghanistan",
      },
    ],
    tags: ["csto", "russian-strategy", "afghanistan-drawdown"],
    difficulty: 1,
    level: "understanding",
  },
  {
    id: "q-icd-report-claims",
    type: "multiple-choice",
    prompt:
      "Which of these claims are made in the Institute for Contemporary Development report? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "The coalition's withdrawal from Afghanistan will inevitably lead to the expansion of the Taliban.",
        correct: true,
      },
      {
        id: "b",
        text: "Russia will find it extraordinarily difficult to deal with the threat without an international coalition component.",
        correct: true,
      },
      {
        id: "c",
        text: "It is both necessary and possible to expand cooperation with NATO against the ‘Afghan threat.’",
        correct: true,
      },
      {
        id: "d",
        text: "The CSTO has proven ineffective in most areas of activity.",
        correct: false,
      },
      {
        id: "e",
        text: "The United States needs a solid, universal agreement within the CSTO.",
        correct: false,
      },
    ],
    explanation:
      "The report by the Russian think tank predicts Taliban expansion after the withdrawal. It says Russia will struggle to handle the threat without an international coalition component, and it concludes that cooperation with NATO should be expanded. The statement that the CSTO “has proven ineffective” comes from the 2009 US State Department cable, which opposes the Russian position. The call for “a solid, universal agreement” within the CSTO is Yevgeny Buzhinsky's, about the Northern Distribution Network.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "The withdrawal of the international coalition from Afghanistan will inevitably lead to the expansion of the Taliban",
      },
      {
        paragraphId: "p04",
        quote:
          "Russia will find it extraordinarily difficult to deal with this threat without an international coalition component",
      },
      {
        paragraphId: "p04",
        quote: "it is both necessary and possible to expand cooperation with NATO",
      },
    ],
    tags: [
      "institute-for-contemporary-development",
      "taliban-threat",
      "nato-csto-cooperation",
      "sourcing",
    ],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-icd-kind-of-organisation",
    type: "single-choice",
    prompt: "What kind of organisation is the Institute for Contemporary Development?",
    choices: [
      { id: "a", text: "A Russian think tank", correct: true },
      { id: "b", text: "A department of the Russian defense ministry", correct: false },
      {
        id: "c",
        text: "The Moscow institute where Andrei Zagorski studies Russia's relations with the West",
        correct: false,
      },
      { id: "d", text: "A US State Department office", correct: false },
    ],
    explanation:
      "The article calls the Institute for Contemporary Development “a Russian think tank” and quotes its recent report. Zagorski works at a different body, Moscow's Institute of World Economy and International Relations. The defense connection belongs to Yevgeny Buzhinsky, a retired Russian defense official. The State Department is the source of the 2009 cable, not of this report.",
    evidence: [
      {
        paragraphId: "p03",
        quote: "the Institute for Contemporary Development, a Russian think tank",
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
      "The Institute for Contemporary Development report wants Russia to expand cooperation with NATO, because it thinks Russia cannot handle the Taliban threat without an international coalition. The CSTO is the wrong answer here: it is Russia's own alliance, and the report's point is that Russia needs partners beyond it.",
    evidence: [
      {
        paragraphId: "p04",
        quote:
          "it is both necessary and possible to expand cooperation with NATO against the ‘Afghan threat.’",
      },
    ],
    tags: ["institute-for-contemporary-development", "nato-csto-cooperation", "taliban-threat"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-icd-russia-can-cope-alone",
    type: "true-false",
    prompt:
      "True or false: The Institute for Contemporary Development report argues that Russia can deal with the threat from Afghanistan on its own, without an international coalition.",
    answer: false,
    explanation:
      "False. The report says the opposite: “Russia will find it extraordinarily difficult to deal with this threat without an international coalition component.” That is why it concludes that cooperation with NATO is “both necessary and possible.” The report gives this as its reason for cooperating with NATO. It is not a boast that Russia can cope alone.",
    evidence: [
      {
        paragraphId: "p04",
        quote:
          "Russia will find it extraordinarily difficult to deal with this threat without an international coalition component",
      },
    ],
    tags: ["institute-for-contemporary-development", "taliban-threat", "russian-strategy"],
    difficulty: 1,
    level: "understanding",
  },
  {
    id: "q-taliban-threat-reason-to-seek-nato",
    type: "true-false",
    prompt:
      "True or false: The Russian think-tank report implies that the Taliban threat gives Russia a reason to seek continued cooperation with NATO.",
    answer: true,
    explanation:
      "True. The report expects the withdrawal to bring “the expansion of the Taliban,” says Russia will find this threat “extraordinarily difficult to deal with” without an international coalition, and so calls for expanding “cooperation with NATO against the ‘Afghan threat.’” Because Russia has been “largely hostile” to US security activities in the region, one might expect a Russian report to welcome the coalition's departure. This report instead treats the departure as the source of the danger.",
    evidence: [
      {
        paragraphId: "p03",
        quote: "will inevitably lead to the expansion of the Taliban",
      },
      {
        paragraphId: "p04",
        quote:
          "Given such a situation, it is both necessary and possible to expand cooperation with NATO against the ‘Afghan threat.’",
      },
    ],
    tags: ["taliban-threat", "institute-for-contemporary-development", "nato-csto-cooperation"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-match-ndn-facts",
    type: "matching",
    prompt: "Match each question about the Northern Distribution Network (NDN) to its answer.",
    pairs: [
      { left: "What the NDN is made of", right: "A web of air, road and rail routes" },
      { left: "Where the NDN's supplies come from", right: "Europe" },
      { left: "Who receives the NDN's supplies", right: "US and NATO troops in Afghanistan" },
      {
        left: "Who has bilateral agreements with all the countries involved",
        right: "The Pentagon",
      },
      { left: "Which organisation Russia wants to give a management role", right: "The CSTO" },
    ],
    explanation:
      "The article describes the NDN as “a web of air, road and rail routes that ferries supplies from Europe to US and NATO troops in Afghanistan.” The current arrangements are bilateral: “the Pentagon has bilateral agreements with all of the countries involved.” Russia wants the CSTO to gain a role in managing the network. Do not swap the Pentagon and the CSTO: the Pentagon holds the agreements now, and the CSTO is the newcomer Russia is pushing. The supplies go to Afghanistan and do not come from it.",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "a web of air, road and rail routes that ferries supplies from Europe to US and NATO troops in Afghanistan",
      },
      {
        paragraphId: "p05",
        quote: "the Pentagon has bilateral agreements with all of the countries involved",
      },
    ],
    tags: ["northern-distribution-network", "pentagon", "csto", "europe", "afghanistan"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-russia-efforts-for-csto",
    type: "multiple-choice",
    prompt:
      "Which of the following does the article describe Russia doing to widen the CSTO's role? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "Bolstering the CSTO so it can pick up slack from the Afghanistan drawdown",
        correct: true,
      },
      {
        id: "b",
        text: "Pushing for the CSTO to gain a role in managing the Northern Distribution Network",
        correct: true,
      },
      {
        id: "c",
        text: "Asking NATO to work jointly with the CSTO on regional security threats",
        correct: true,
      },
      { id: "d", text: "Bringing Turkmenistan into the CSTO as a full member", correct: false },
      { id: "e", text: "Placing the CSTO under NATO's auspices", correct: false },
    ],
    explanation:
      "Russia is bolstering the CSTO for the period after the drawdown. It wants the CSTO to gain a role in managing the NDN. The CSTO has asked NATO to work jointly on regional threats, though NATO has rejected the requests. Turkmenistan “isn’t even a CSTO member,” and the article does not say Russia is trying to recruit it. Zagorski only notes its growing activity in the Commonwealth of Independent States. The CSTO operates under the auspices of the Commonwealth of Independent States, not of NATO.",
    evidence: [
      {
        paragraphId: "p02",
        quote: "Russia has tried to bolster the Collective Security Treaty Organization (CSTO)",
      },
      {
        paragraphId: "p02",
        quote:
          "rejecting the latter’s requests to work jointly in handling regional security threats",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
    ],
    tags: ["russian-strategy", "csto", "northern-distribution-network", "nato-csto-cooperation"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-order-opening-points",
    type: "ordering",
    prompt: "Put these points in the order in which the opening of the article presents them.",
    items: [
      "Russia is acting tough from a position of increasing weakness.",
      "Russia has tried to bolster the CSTO ahead of the drawdown in Afghanistan.",
      "A Russian think tank warns that the withdrawal will lead to the expansion of the Taliban.",
      "The same report calls for expanding cooperation with NATO against the ‘Afghan threat.’",
      "Russia pushes for the CSTO to gain a role in managing the Northern Distribution Network.",
    ],
    explanation:
      "The article moves from its overall judgement (p01) to Russia's effort to bolster the CSTO (p02). It then brings in the Institute for Contemporary Development report: first its warning about the Taliban (p03), then its call for cooperation with NATO (p04). Only after that does it turn to the Northern Distribution Network (p05). A common slip is to put the NDN earlier because it is concrete. In the article it is introduced as a further (“also”) Russian push.",
    evidence: [
      { paragraphId: "p01", quote: "Russia is acting tough" },
      {
        paragraphId: "p02",
        quote: "Of late, Russia has tried to bolster the Collective Security Treaty Organization",
      },
      { paragraphId: "p03", quote: "will inevitably lead to the expansion of the Taliban" },
      { paragraphId: "p04", quote: "expand cooperation with NATO against the ‘Afghan threat.’" },
      { paragraphId: "p05", quote: "Russia also is pushing for the CSTO to gain a role" },
    ],
    tags: ["russian-strategy", "csto", "taliban-threat", "northern-distribution-network"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-order-icd-report-reasoning",
    type: "ordering",
    prompt:
      "Put the steps of the Institute for Contemporary Development report's argument in logical order, from cause to conclusion.",
    items: [
      "The international coalition withdraws from Afghanistan.",
      "The Taliban expands.",
      "A serious security problem arises for Central Asian countries and Russia.",
      "Russia finds the threat extraordinarily difficult to handle without an international coalition component.",
      "Cooperation with NATO against the ‘Afghan threat’ should be expanded.",
    ],
    explanation:
      "The report builds a chain. The withdrawal “will inevitably lead to the expansion of the Taliban,” which “will create a serious security problem.” Russia will find that threat hard to meet alone, so expanding cooperation with NATO is “both necessary and possible.” The call for NATO cooperation is the conclusion, not the starting point. The Taliban's expansion is a result of the withdrawal, not its cause.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "will inevitably lead to the expansion of the Taliban, which will create a serious security problem for Central Asian countries, as well as Russia",
      },
      {
        paragraphId: "p04",
        quote:
          "Given such a situation, it is both necessary and possible to expand cooperation with NATO",
      },
    ],
    tags: ["institute-for-contemporary-development", "taliban-threat", "afghanistan-drawdown"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-pentagon-bilateral-ndn-agreements",
    type: "true-false",
    prompt:
      "True or false: The Pentagon currently has bilateral agreements with all of the countries involved in the Northern Distribution Network.",
    answer: true,
    explanation:
      "True. The article says: “Currently, the Pentagon has bilateral agreements with all of the countries involved.” This is the arrangement Russia wants to change by giving the CSTO a role, and Buzhinsky argues for a single agreement “within the CSTO.” No such CSTO agreement exists yet.",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "Currently, the Pentagon has bilateral agreements with all of the countries involved.",
      },
    ],
    tags: ["northern-distribution-network", "pentagon", "bilateral-relations"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-cloze-ndn-route-ends",
    type: "cloze",
    prompt:
      "Fill in where the Northern Distribution Network's supplies start and where they end up.",
    text: "The Northern Distribution Network is a web of air, road and rail routes that ferries supplies from {{1}} to US and NATO troops in {{2}}.",
    accept: [["Europe"], ["Afghanistan"]],
    explanation:
      "Supplies travel from Europe to US and NATO troops in Afghanistan. A tempting mistake is to put Russia or Central Asia in the first blank. The routes cross the region, but the article names Europe as the starting point.",
    evidence: [
      {
        paragraphId: "p05",
        quote: "ferries supplies from Europe to US and NATO troops in Afghanistan",
      },
    ],
    tags: ["northern-distribution-network", "europe", "afghanistan"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-policy-planners-view",
    type: "single-choice",
    prompt:
      "How do Russian policy planners view NATO–CSTO cooperation in Central Asia down the road?",
    choices: [
      {
        id: "a",
        text: "As counterproductive",
        correct: false,
      },
      {
        id: "b",
        text: "As unnecessary once the CSTO has been bolstered",
        correct: false,
      },
      {
        id: "c",
        text: "As a bloc-on-bloc dynamic reminiscent of the Cold War",
        correct: false,
      },
      { id: "d", text: "As essential", correct: true },
    ],
    explanation:
      "The article states: “Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential.” “Counterproductive” is the 2009 US cable's word for NATO engaging with the CSTO, the opposite of the planners' view. The “bloc-on-bloc dynamic” also comes from the 2009 US cable, which argues against cooperation. Russia bolsters the CSTO and still seeks NATO's help, so “unnecessary” contradicts the article.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential.",
      },
    ],
    tags: ["nato-csto-cooperation", "russian-strategy", "central-asia"],
    difficulty: 1,
    level: "recall",
  },
];
