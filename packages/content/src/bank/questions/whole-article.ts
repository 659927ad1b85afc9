import type { QuestionInput } from "./question-input.ts";

/**
 * Questions that draw on the article as a whole: who said what, who is who,
 * and how the argument is built from start to finish.
 */
export const wholeArticleQuestions: QuestionInput[] = [
  {
    id: "q-match-claim-to-source",
    type: "matching",
    prompt: "Match each claim to the source that makes it in the article.",
    pairs: [
      {
        left: "The coalition's withdrawal will inevitably lead to the expansion of the Taliban.",
        right: "The Institute for Contemporary Development report",
      },
      {
        left: "It would be counterproductive for NATO to engage with the CSTO.",
        right: "The 2009 State Department cable",
      },
      {
        left: "The United States needs a solid, universal agreement.",
        right: "Yevgeny Buzhinsky",
      },
      {
        left: "Most of the CSTO countries don't want NATO to have a formal relationship with the CSTO.",
        right: "Andrei Zagorski",
      },
    ],
    explanation:
      "The Taliban warning opens the Russian think tank's report (p03). The advice against engaging the CSTO is the US cable's (p11). The call for a universal agreement is Buzhinsky's argument about the supply network (p06). The admission that most CSTO members oppose a formal relationship is Zagorski's (p14). The usual confusion is between the two Russian experts. Buzhinsky argues for the CSTO's usefulness, while Zagorski is franker about its political problems.",
    evidence: [
      { paragraphId: "p03", quote: "will inevitably lead to the expansion of the Taliban" },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
      { paragraphId: "p06", quote: "“The United States needs a solid, universal agreement" },
      { paragraphId: "p14", quote: "Most of the CSTO countries don’t want this to happen." },
    ],
    tags: [
      "sourcing",
      "institute-for-contemporary-development",
      "wikileaks-cable",
      "yevgeny-buzhinsky",
      "andrei-zagorski",
    ],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-match-source-identities",
    type: "matching",
    prompt: "Match each source quoted in the article to how the article identifies it.",
    pairs: [
      { left: "Yevgeny Buzhinsky", right: "A retired Russian defense official" },
      {
        left: "Andrei Zagorski",
        right: "An expert at Moscow's Institute of World Economy and International Relations",
      },
      { left: "The Institute for Contemporary Development", right: "A Russian think tank" },
      { left: "The 2009 cable", right: "A State Department document released by Wikileaks" },
    ],
    explanation:
      "Buzhinsky is the retired defense official who dealt with the supply network (p06). Zagorski is the academic expert on Russia's relations with the West (p08). The Institute for Contemporary Development is the think tank that published the report (p03). The cable came from the US State Department and was made public by Wikileaks (p10). The two Russian institutes are easy to mix up: Zagorski works at the Institute of World Economy and International Relations, not at the Institute for Contemporary Development.",
    evidence: [
      { paragraphId: "p06", quote: "Yevgeny Buzhinsky, a retired Russian defense official" },
      {
        paragraphId: "p08",
        quote:
          "Andrei Zagorski, an expert on Russia’s relations with the West at Moscow’s Institute of World Economy and International Relations",
      },
      {
        paragraphId: "p03",
        quote: "the Institute for Contemporary Development, a Russian think tank",
      },
      { paragraphId: "p10", quote: "A State Department cable from 2009 released by Wikileaks" },
    ],
    tags: ["sourcing", "yevgeny-buzhinsky", "andrei-zagorski", "imemo", "wikileaks"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-match-organisation-roles",
    type: "matching",
    prompt: "Match each organisation to the role the article gives it.",
    pairs: [
      { left: "The CSTO", right: "The Russia-led alliance Moscow has tried to bolster" },
      { left: "NATO", right: "Has kept the CSTO at arm's length" },
      {
        left: "The Pentagon",
        right: "Holds bilateral agreements with all the countries on the supply network",
      },
      {
        left: "The Commonwealth of Independent States",
        right: "The body under whose auspices the CSTO operates",
      },
      { left: "Wikileaks", right: "Released the 2009 State Department cable" },
    ],
    explanation:
      "Russia has tried to bolster the CSTO, “the Russia-led alliance” (p02, p13). NATO has rejected its requests and kept it “at arm’s length” (p02). The Pentagon has the current bilateral supply agreements (p05). The CSTO operates under the auspices of the Commonwealth of Independent States (p16). Wikileaks released the cable (p10). Watch the CSTO and the Commonwealth of Independent States: the CSTO is the security alliance, and the Commonwealth is the wider body it operates under.",
    evidence: [
      {
        paragraphId: "p02",
        quote: "NATO has kept the CSTO at arm’s length",
      },
      { paragraphId: "p13", quote: "some members of the Russia-led alliance are also wary" },
      {
        paragraphId: "p05",
        quote: "the Pentagon has bilateral agreements with all of the countries involved",
      },
      { paragraphId: "p16", quote: "under whose auspices the CSTO operates" },
      { paragraphId: "p10", quote: "cable from 2009 released by Wikileaks" },
    ],
    tags: ["csto", "nato", "pentagon", "cis", "wikileaks"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-match-actor-to-stance",
    type: "matching",
    prompt: "Match each actor to the stance or belief the article attributes to it.",
    pairs: [
      {
        left: "Russian policy planners",
        right: "See NATO–CSTO cooperation down the road as essential",
      },
      {
        left: "US officials",
        right: "Believe destroying poppy fields would antagonize Afghanistan's population",
      },
      {
        left: "Moscow",
        right: "Believes Central Asian states will decide they need Russia's protection",
      },
      {
        left: "Central Asian leaders",
        right: "Seem likely to resist redirecting their relations with Washington through Moscow",
      },
    ],
    explanation:
      "Policy planners see cooperation as essential (p03). US officials oppose aggressive poppy destruction (p09). Moscow expects the region to come around (p15). Central Asian leaders, by contrast, seem likely to resist being routed through Moscow (p13). The last two are easy to swap. The article sets Moscow's hope against the leaders' likely resistance, and that gap is one of its main tensions.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential",
      },
      {
        paragraphId: "p09",
        quote: "US officials believe that such action would be counterproductive",
      },
      {
        paragraphId: "p15",
        quote: "Central Asian states will come around and decide they need Russia’s protection",
      },
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow",
      },
    ],
    tags: ["russian-strategy", "us-skepticism", "central-asian-stances", "narcotics"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-match-russian-aim-to-obstacle",
    type: "matching",
    prompt: "Match each Russian aim to the obstacle the article sets against it.",
    pairs: [
      {
        left: "NATO and the CSTO working jointly on regional security threats",
        right: "NATO has rejected the CSTO's requests and kept it at arm's length.",
      },
      {
        left: "Joint NATO–CSTO action against narcotics",
        right: "Russia and the US disagree over destroying poppy fields.",
      },
      {
        left: "A formal relationship between NATO and the CSTO",
        right: "Most CSTO countries don't want it.",
      },
      {
        left: "Routing Central Asian relations with Washington through Moscow",
        right: "Central Asian leaders seem likely to resist it.",
      },
    ],
    explanation:
      "Each Russian aim meets a different obstacle. NATO has turned down joint work (p02). Narcotics cooperation is stuck on tactics (p09). The formal relationship lacks support inside the CSTO itself (p14). Central Asian leaders are unlikely to let Moscow manage their ties with Washington (p13). Do not pin every obstacle on the United States: two of the four come from Russia's own allies and neighbours.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "rejecting the latter’s requests to work jointly in handling regional security threats",
      },
      {
        paragraphId: "p09",
        quote: "joint action has been stymied over tactical differences",
      },
      {
        paragraphId: "p14",
        quote:
          "We want NATO to have a formal relationship with the CSTO. Most of the CSTO countries don’t want this to happen.",
      },
      {
        paragraphId: "p13",
        quote:
          "seem likely to resist any effort to redirect their relations with Washington through Moscow",
      },
    ],
    tags: ["nato-csto-cooperation", "russian-strategy", "central-asian-stances", "narcotics"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-article-main-argument",
    type: "single-choice",
    prompt: "Which statement best sums up the article's overall argument?",
    choices: [
      {
        id: "a",
        text: "NATO and the CSTO are close to a formal partnership that the Central Asian states welcome.",
        correct: false,
      },
      {
        id: "b",
        text: "Russia wants NATO to work with the CSTO as the drawdown approaches, but US skepticism and wary Central Asian members mean Moscow may have to settle for less.",
        correct: true,
      },
      {
        id: "c",
        text: "Russia is pulling out of Central Asia and leaving regional security to NATO.",
        correct: false,
      },
      {
        id: "d",
        text: "The United States is pressing Russia to let the CSTO run the supply network, but Moscow refuses.",
        correct: false,
      },
    ],
    explanation:
      "The article sets Russia's push for NATO–CSTO cooperation against two obstacles, US skepticism and reluctant Central Asian members, and ends with Moscow possibly settling “for something less than full cooperation.” A close formal partnership that the Central Asian states welcome contradicts the article: NATO keeps the CSTO at arm's length, and most CSTO countries oppose a formal relationship. Russia is trying to strengthen its role in the region, not pull out and leave security to NATO. The claim that the United States is pressing Russia to let the CSTO run the supply network reverses the roles, since it is Russia that wants a CSTO role in the supply network.",
    evidence: [
      {
        paragraphId: "p01",
        quote: "Russia is acting tough while operating from a position of increasing weakness",
      },
      {
        paragraphId: "p09",
        quote: "So far, US officials have remained skeptical about Russia’s intentions.",
      },
      {
        paragraphId: "p13",
        quote:
          "some members of the Russia-led alliance are also wary of closer organizational ties",
      },
      {
        paragraphId: "p17",
        quote:
          "In the end, Moscow may settle for something less than full cooperation with the CSTO",
      },
    ],
    tags: ["russian-strategy", "nato-csto-cooperation", "us-skepticism", "central-asian-stances"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-signs-of-russian-weakness",
    type: "multiple-choice",
    prompt:
      "The article says Russia is operating “from a position of increasing weakness.” Which details support that claim? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "NATO has rejected the CSTO's requests to work jointly on regional security threats.",
        correct: true,
      },
      {
        id: "b",
        text: "Zagorski expects that Russia will need help once the coalition leaves Afghanistan.",
        correct: true,
      },
      {
        id: "c",
        text: "Most CSTO countries don't want NATO to have a formal relationship with the CSTO.",
        correct: true,
      },
      {
        id: "d",
        text: "Zagorski says Turkmenistan understands that it needs support.",
        correct: false,
      },
      {
        id: "e",
        text: "Moscow is seeking to channel its cooperation with NATO through the CSTO.",
        correct: false,
      },
    ],
    explanation:
      "Each correct detail shows Russia unable to get what it wants. NATO turns down the CSTO's requests. Russia will soon be the one needing help. Russia's own allies do not back its plan for a formal relationship. Turkmenistan needing support points the other way: Zagorski offers it as a sign that Central Asian states may turn to Russia. Channelling cooperation through the CSTO describes Moscow's aim, not its weakness. What weakens Russia is that most members oppose the aim.",
    evidence: [
      { paragraphId: "p01", quote: "operating from a position of increasing weakness" },
      {
        paragraphId: "p02",
        quote:
          "rejecting the latter’s requests to work jointly in handling regional security threats",
      },
      { paragraphId: "p08", quote: "the situation will be reversed – Russia will need help" },
      { paragraphId: "p14", quote: "Most of the CSTO countries don’t want this to happen." },
    ],
    tags: ["russian-strategy", "nato-csto-cooperation", "andrei-zagorski"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-sources-for-closer-nato-csto-ties",
    type: "multiple-choice",
    prompt:
      "Which of these sources in the article argue for closer cooperation between NATO and the CSTO? Select all that apply.",
    choices: [
      { id: "a", text: "Russian policy planners", correct: true },
      { id: "b", text: "The Institute for Contemporary Development report", correct: true },
      { id: "c", text: "Yevgeny Buzhinsky", correct: true },
      { id: "d", text: "The 2009 State Department cable", correct: false },
      { id: "e", text: "US officials in the narcotics dispute", correct: false },
    ],
    explanation:
      "The planners see NATO–CSTO cooperation as “essential.” The think-tank report calls expanded cooperation with NATO “both necessary and possible.” Buzhinsky says the supply network would be “much more effective” through cooperation with the CSTO. All three are Russian voices. On the US side, the cable calls engaging the CSTO “counterproductive,” and the US officials in the narcotics dispute stay “skeptical about Russia’s intentions” and disagree with Russia's tactics.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential.",
      },
      {
        paragraphId: "p04",
        quote: "it is both necessary and possible to expand cooperation with NATO",
      },
      {
        paragraphId: "p06",
        quote:
          "“It would be much more effective if it was done on the basis of cooperation with the CSTO,”",
      },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
      {
        paragraphId: "p09",
        quote: "US officials have remained skeptical about Russia’s intentions",
      },
    ],
    tags: ["sourcing", "nato-csto-cooperation", "yevgeny-buzhinsky", "wikileaks-cable"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-order-article-structure",
    type: "ordering",
    prompt: "Put these parts of the article in the order in which they appear.",
    items: [
      "Russia's tough stance from a weakening position and its push to bolster the CSTO",
      "Russia's bid for a CSTO role in the Northern Distribution Network",
      "US skepticism, shown by the narcotics dispute and the 2009 cable",
      "Reluctance among Central Asian members of the CSTO",
      "What Moscow may settle for in the end",
    ],
    explanation:
      "The article starts with its overall judgement and Russia's CSTO effort (p01–p04). It moves to the supply network (p05–p08), then to US skepticism (p09–p12), then to the Central Asian states (p13–p16), and ends with Moscow's likely compromise (p17). A common mistake is to put the Central Asian states before US skepticism. The article turns to them with “It’s not just US skepticism,” so the US part has to come first.",
    evidence: [
      {
        paragraphId: "p01",
        quote: "Russia is acting tough while operating from a position of increasing weakness",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p09",
        quote: "So far, US officials have remained skeptical about Russia’s intentions.",
      },
      {
        paragraphId: "p13",
        quote: "It’s not just US skepticism that is hindering NATO-CSTO cooperation",
      },
      {
        paragraphId: "p17",
        quote:
          "In the end, Moscow may settle for something less than full cooperation with the CSTO",
      },
    ],
    tags: ["russian-strategy", "us-skepticism", "central-asian-stances"],
    difficulty: 2,
    level: "understanding",
  },
];
