import type { QuestionInput } from "./question-input.ts";

/**
 * Questions that draw on the article as a whole: who said what, how the
 * claims and the evidence fit together, and the argument from start to finish.
 */
export const wholeArticleQuestions: QuestionInput[] = [
  {
    id: "q-match-claim-to-source",
    type: "matching",
    prompt: "Match each claim, in other words than the article's, to the source that makes it.",
    pairs: [
      {
        left: "The Taliban will grow once the coalition is gone.",
        right: "The Institute for Contemporary Development report",
      },
      {
        left: "NATO should keep its distance from the CSTO.",
        right: "The 2009 State Department cable",
      },
      {
        left: "One agreement covering every country on the routes would serve the US best.",
        right: "Yevgeny Buzhinsky",
      },
      {
        left: "Most CSTO members oppose formal ties between the CSTO and NATO.",
        right: "Andrei Zagorski",
      },
    ],
    explanation:
      "The think-tank report says the withdrawal “will inevitably lead to the expansion of the Taliban.” The cable says “it would be counterproductive for NATO to engage with the CSTO.” Buzhinsky says “The United States needs a solid, universal agreement and it’s better to have it within the CSTO.” Zagorski says “Most of the CSTO countries don’t want this to happen,” about a formal relationship between NATO and the CSTO.",
    evidence: [
      { paragraphId: "p03", quote: "will inevitably lead to the expansion of the Taliban" },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
      {
        paragraphId: "p06",
        quote:
          "“The United States needs a solid, universal agreement and it’s better to have it within the CSTO.”",
      },
      {
        paragraphId: "p14",
        quote:
          "We want NATO to have a formal relationship with the CSTO. Most of the CSTO countries don’t want this to happen.",
      },
    ],
    tags: [
      "sourcing",
      "institute-for-contemporary-development",
      "wikileaks-cable",
      "yevgeny-buzhinsky",
      "andrei-zagorski",
    ],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-match-russian-aim-to-obstacle",
    type: "matching",
    prompt: "Match each thing Russia wants to the obstacle the article sets against it.",
    pairs: [
      {
        left: "Joint NATO–CSTO work on regional security threats",
        right: "NATO has turned down the CSTO's requests.",
      },
      {
        left: "Joint NATO–CSTO action against Afghan narcotics",
        right: "The two sides disagree over destroying poppy fields.",
      },
      {
        left: "Handling Central Asian ties with Washington through Moscow",
        right: "Central Asian leaders seem likely to resist it.",
      },
    ],
    explanation:
      "NATO has kept the CSTO at arm’s length, “rejecting the latter’s requests to work jointly in handling regional security threats.” On narcotics, “joint action has been stymied over tactical differences”: Russia wants poppy fields destroyed and US officials think that counterproductive. And “Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.”",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "rejecting the latter’s requests to work jointly in handling regional security threats",
      },
      { paragraphId: "p09", quote: "joint action has been stymied over tactical differences" },
      {
        paragraphId: "p09",
        quote:
          "Russia wants an aggressive effort to destroy poppy fields in Afghanistan, while US officials believe that such action would be counterproductive",
      },
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.",
      },
    ],
    tags: ["nato-csto-cooperation", "russian-strategy", "central-asian-stances", "narcotics"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-article-main-argument",
    type: "single-choice",
    prompt: "Which statement best sums up the article's overall argument?",
    choices: [
      {
        id: "a",
        text: "NATO and the CSTO are close to a formal partnership that the Central Asian states welcome",
        correct: false,
      },
      {
        id: "b",
        text: "Russia is pulling back from Central Asia and leaving the region's security to NATO",
        correct: false,
      },
      {
        id: "c",
        text: "Russia wants NATO to work with the CSTO, but resistance may force it to settle for less",
        correct: true,
      },
      {
        id: "d",
        text: "Washington wants the CSTO to run the supply routes, but Moscow refuses to allow it",
        correct: false,
      },
    ],
    explanation:
      "Russia's planners see NATO–CSTO cooperation “as essential,” but US officials “have remained skeptical,” some CSTO members “are also wary of closer organizational ties,” and in the end “Moscow may settle for something less than full cooperation.” NATO has kept the CSTO “at arm’s length,” and most CSTO countries do not want a formal relationship, so no welcomed partnership is near. Russia is pushing for a bigger role in the region, not pulling back. It is Russia, not Washington, that wants the CSTO to gain a role in managing the supply routes.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential.",
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
      { paragraphId: "p02", quote: "NATO has kept the CSTO at arm’s length" },
      { paragraphId: "p14", quote: "Most of the CSTO countries don’t want this to happen." },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
    ],
    tags: ["russian-strategy", "nato-csto-cooperation", "us-skepticism", "central-asian-stances"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-sources-for-closer-nato-csto-ties",
    type: "multiple-choice",
    prompt:
      "Which of these sources argue for Russia, or the CSTO it leads, working more closely with NATO or the United States? Select all that apply.",
    choices: [
      { id: "a", text: "Russian policy planners", correct: true },
      { id: "b", text: "The 2009 State Department cable", correct: false },
      { id: "c", text: "The Institute for Contemporary Development report", correct: true },
      { id: "d", text: "US officials in the narcotics dispute", correct: false },
      { id: "e", text: "Yevgeny Buzhinsky", correct: true },
    ],
    explanation:
      "The planners see NATO–CSTO cooperation as “essential.” The think-tank report finds it “both necessary and possible to expand cooperation with NATO.” Buzhinsky says supplying US troops “would be much more effective if it was done on the basis of cooperation with the CSTO.” The cable argues the other way: engaging the CSTO “would be counterproductive.” US officials in the narcotics dispute object to Russia's plan for poppy fields, which “would be counterproductive” in their view, and argue for no closer ties.",
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
        quote: "US officials believe that such action would be counterproductive",
      },
    ],
    tags: ["sourcing", "nato-csto-cooperation", "yevgeny-buzhinsky", "wikileaks-cable"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-source-against-planners-view",
    type: "single-choice",
    prompt:
      "Russian policy planners see NATO–CSTO cooperation in Central Asia as essential. Which source in the article argues most directly against that view?",
    choices: [
      { id: "a", text: "Yevgeny Buzhinsky", correct: false },
      { id: "b", text: "The Institute for Contemporary Development report", correct: false },
      { id: "c", text: "The 2009 State Department cable", correct: true },
      { id: "d", text: "Andrei Zagorski", correct: false },
    ],
    explanation:
      "The cable states that “it would be counterproductive for NATO to engage with the CSTO,” a direct rejection of the planners' view. Buzhinsky argues that supply would be “much more effective” with the CSTO. The think-tank report calls expanded cooperation with NATO “both necessary and possible.” Zagorski reports that most CSTO countries do not want a formal relationship and calls “this concern” “very much legitimate,” but he opens with “We want NATO to have a formal relationship with the CSTO”: he weighs the objection without arguing against the aim.",
    evidence: [
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
      {
        paragraphId: "p06",
        quote:
          "“It would be much more effective if it was done on the basis of cooperation with the CSTO,”",
      },
      {
        paragraphId: "p04",
        quote: "it is both necessary and possible to expand cooperation with NATO",
      },
      {
        paragraphId: "p14",
        quote:
          "We want NATO to have a formal relationship with the CSTO. Most of the CSTO countries don’t want this to happen.",
      },
      { paragraphId: "p14", quote: "And this concern is very much legitimate." },
    ],
    tags: ["sourcing", "wikileaks-cable", "nato-csto-cooperation", "us-skepticism"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-order-timeline",
    type: "ordering",
    prompt:
      "Using the dates and tenses the article gives, put these in chronological order, earliest first.",
    items: [
      "Rival blocs face each other in the Cold War.",
      "A State Department cable warns against engaging the CSTO.",
      "Russia tells the coalition in Afghanistan “we can help.”",
      "The phased withdrawal from Afghanistan is due to conclude.",
    ],
    explanation:
      "The cable looks back to “a bloc-on-bloc dynamic reminiscent of the Cold War,” so the Cold War came first. The cable is “from 2009” and had already been “released by Wikileaks” when the article quoted it. Zagorski's “Now, we say: ‘You have a problem there, we can help’” is the article's present. The withdrawal “is scheduled to conclude in 2014,” still ahead of the article. The article mentions them in the reverse order.",
    evidence: [
      { paragraphId: "p12", quote: "a bloc-on-bloc dynamic reminiscent of the Cold War" },
      { paragraphId: "p10", quote: "A State Department cable from 2009 released by Wikileaks" },
      { paragraphId: "p08", quote: "“Now, we say: ‘You have a problem there, we can help.’" },
      { paragraphId: "p02", quote: "The phased withdrawal is scheduled to conclude in 2014." },
    ],
    tags: ["wikileaks-cable", "afghanistan-drawdown", "andrei-zagorski"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-match-claim-to-evidence",
    type: "matching",
    prompt: "Match each of the article's claims to the detail that best supports it.",
    pairs: [
      {
        left: "Russia is operating from a position of increasing weakness.",
        right: "NATO has rejected the CSTO's requests to work together.",
      },
      {
        left: "US officials doubt Russia's intentions.",
        right: "A US cable calls the CSTO a Moscow-backed tool against US goals.",
      },
      {
        left: "Some CSTO members are wary of closer ties.",
        right: "Most CSTO countries do not want a formal relationship with NATO.",
      },
    ],
    explanation:
      "Russia cannot get what it wants from NATO: NATO keeps the CSTO at arm's length, “rejecting the latter’s requests to work jointly,” a problem “clearly vexing the Kremlin.” US officials' skepticism shows in the cable, which “revealed that US officials see the CSTO as a Moscow-supported tool designed to obstruct the United States.” The members' wariness shows in Zagorski's remark that “Most of the CSTO countries don’t want this to happen.”",
    evidence: [
      { paragraphId: "p01", quote: "operating from a position of increasing weakness" },
      {
        paragraphId: "p02",
        quote:
          "rejecting the latter’s requests to work jointly in handling regional security threats",
      },
      { paragraphId: "p02", quote: "it is a problem that’s clearly vexing the Kremlin" },
      {
        paragraphId: "p09",
        quote: "So far, US officials have remained skeptical about Russia’s intentions.",
      },
      {
        paragraphId: "p10",
        quote:
          "revealed that US officials see the CSTO as a Moscow-supported tool designed to obstruct the United States",
      },
      {
        paragraphId: "p13",
        quote:
          "some members of the Russia-led alliance are also wary of closer organizational ties",
      },
      { paragraphId: "p14", quote: "Most of the CSTO countries don’t want this to happen." },
    ],
    tags: ["russian-strategy", "us-skepticism", "central-asian-stances", "nato-csto-cooperation"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-match-references",
    type: "matching",
    prompt: "Match each phrase, in its place in the article, to what it refers to.",
    pairs: [
      {
        left: "“this threat”, in the think-tank report",
        right: "The Taliban's expansion after the coalition withdraws",
      },
      {
        left: "“such action”, in the narcotics dispute",
        right: "An aggressive effort to destroy poppy fields",
      },
      {
        left: "“the idea” the United States resists, in the last paragraph",
        right: "Full cooperation with the CSTO",
      },
    ],
    explanation:
      "The report first predicts “the expansion of the Taliban,” then says Russia will find it hard “to deal with this threat.” US officials think “such action would be counterproductive” right after “Russia wants an aggressive effort to destroy poppy fields.” Moscow may settle for “something less than full cooperation with the CSTO, knowing that the United States is resistant to the idea.”",
    evidence: [
      { paragraphId: "p03", quote: "will inevitably lead to the expansion of the Taliban" },
      {
        paragraphId: "p04",
        quote:
          "Russia will find it extraordinarily difficult to deal with this threat without an international coalition component",
      },
      {
        paragraphId: "p09",
        quote:
          "Russia wants an aggressive effort to destroy poppy fields in Afghanistan, while US officials believe that such action would be counterproductive",
      },
      {
        paragraphId: "p17",
        quote:
          "Moscow may settle for something less than full cooperation with the CSTO, knowing that the United States is resistant to the idea",
      },
    ],
    tags: ["taliban-threat", "narcotics", "nato-csto-cooperation"],
    difficulty: 2,
    level: "understanding",
  },
];
