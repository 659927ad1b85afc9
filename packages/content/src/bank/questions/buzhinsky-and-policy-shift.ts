import type { QuestionInput } from "./question-input.ts";

/**
 * p06–p08: Yevgeny Buzhinsky's case for running the NDN through the CSTO, the
 * two readings of Moscow's effort (softening or ploy), and Andrei Zagorski's
 * warning that the situation will be reversed once the coalition leaves.
 */
export const buzhinskyAndPolicyShiftQuestions: QuestionInput[] = [
  {
    id: "q-buzhinsky-background",
    type: "multiple-choice",
    prompt:
      "Which of these describe how the article introduces Yevgeny Buzhinsky? Select all that apply.",
    choices: [
      { id: "a", text: "As a retired Russian defense official", correct: true },
      { id: "b", text: "As an expert on Russia's relations with the West", correct: false },
      { id: "c", text: "As a US planner who worked on the supply routes", correct: false },
      { id: "d", text: "As an author of a Russian think tank's report", correct: false },
    ],
    explanation:
      "The article calls Buzhinsky “a retired Russian defense official” who led the initial Russian discussions with US planners on the network's operations: the US planners were the other side of those talks. The expert on Russia's relations with the West is Andrei Zagorski. The think-tank report is quoted without naming any author: it is “a recent report, published the Institute for Contemporary Development.”",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "Yevgeny Buzhinsky, a retired Russian defense official who led the initial Russian discussions US planners on NDN’s operations",
      },
      {
        paragraphId: "p08",
        quote: "Andrei Zagorski, an expert on Russia’s relations with the West",
      },
      {
        paragraphId: "p03",
        quote: "a recent report, published the Institute for Contemporary Development",
      },
    ],
    tags: ["yevgeny-buzhinsky", "sourcing", "northern-distribution-network"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-buzhinsky-arguments",
    type: "multiple-choice",
    prompt: "Which of these points does Yevgeny Buzhinsky make? Select all that apply.",
    choices: [
      { id: "a", text: "Re-supply would be simpler if run with the CSTO.", correct: true },
      { id: "b", text: "The CSTO is too divided to run the supply routes.", correct: false },
      { id: "c", text: "The routes would work much better on a CSTO basis.", correct: true },
      { id: "d", text: "The Taliban will expand once the coalition leaves.", correct: false },
      {
        id: "e",
        text: "Washington needs one solid deal covering all the countries.",
        correct: true,
      },
    ],
    explanation:
      "Buzhinsky claims that working with the CSTO “would be simplify re-supply logistics,” that “It would be much more effective if it was done on the basis of cooperation with the CSTO,” and that “The United States needs a solid, universal agreement.” Calling the CSTO “politically divided” is the 2009 US cable's judgement. The forecast of “the expansion of the Taliban” comes from the Russian think-tank report.",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "Working with the CSTO would be simplify re-supply logistics, claimed Yevgeny Buzhinsky",
      },
      {
        paragraphId: "p06",
        quote:
          "“It would be much more effective if it was done on the basis of cooperation with the CSTO,” Buzhinsky said.",
      },
      { paragraphId: "p06", quote: "“The United States needs a solid, universal agreement" },
      {
        paragraphId: "p12",
        quote:
          "the CSTO has proven ineffective in most areas of activity and has been politically divided",
      },
      { paragraphId: "p03", quote: "will inevitably lead to the expansion of the Taliban" },
    ],
    tags: ["yevgeny-buzhinsky", "northern-distribution-network", "csto", "sourcing"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-who-forecasts-russia-needing-help",
    type: "true-false",
    prompt:
      "True or false: The forecast that Russia itself will need help after the coalition leaves Afghanistan comes from Yevgeny Buzhinsky.",
    answer: false,
    explanation:
      "False. The forecast “When the coalition leaves Afghanistan, the situation will be reversed – Russia will need help” is Andrei Zagorski's. Buzhinsky's remarks are about the supply routes: “It would be much more effective if it was done on the basis of cooperation with the CSTO.”",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "When the coalition leaves Afghanistan, the situation will be reversed – Russia will need help,” said Andrei Zagorski",
      },
      {
        paragraphId: "p06",
        quote:
          "“It would be much more effective if it was done on the basis of cooperation with the CSTO,” Buzhinsky said.",
      },
    ],
    tags: ["yevgeny-buzhinsky", "andrei-zagorski", "sourcing"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-two-readings-of-moscow-effort",
    type: "multiple-choice",
    prompt:
      "The article offers two ways of reading Moscow's push for cooperation. Which options describe them? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "An admission that the CSTO has been ineffective and divided",
        correct: false,
      },
      {
        id: "b",
        text: "An easing of Russia's opposition to US security activity in the region",
        correct: true,
      },
      {
        id: "c",
        text: "A sign that Russia expects to face the Taliban on its own",
        correct: false,
      },
      {
        id: "d",
        text: "A bid to loosen the ties the US has built with each Central Asian state",
        correct: true,
      },
      {
        id: "e",
        text: "A reply to Central Asian states asking Moscow to speak for them",
        correct: false,
      },
    ],
    explanation:
      "The effort “could be seen as a softening of that opposition,” Russia's opposition to US activities in Central Asia. It “also could be interpreted as a ploy designed to weaken bilateral relationships that the United States has established with Central Asian states.” The judgement that the CSTO is ineffective and divided is the 2009 US cable's. The Russian think-tank report says Russia will find the threat extraordinarily difficult to handle alone. Central Asian leaders “seem likely to resist” having their relations with Washington redirected through Moscow.",
    evidence: [
      {
        paragraphId: "p07",
        quote:
          "an attempt at expanding cooperation could be seen as a softening of that opposition",
      },
      {
        paragraphId: "p07",
        quote:
          "a ploy designed to weaken bilateral relationships that the United States has established with Central Asian states",
      },
      {
        paragraphId: "p12",
        quote:
          "the CSTO has proven ineffective in most areas of activity and has been politically divided",
      },
      {
        paragraphId: "p04",
        quote: "Russia will find it extraordinarily difficult to deal with this threat",
      },
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.",
      },
    ],
    tags: ["russian-strategy", "bilateral-relations", "united-states", "central-asia"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-why-push-looks-like-policy-shift",
    type: "single-choice",
    prompt:
      "Why could Moscow's push for cooperation count as a “fundamental policy shift”, according to the article?",
    choices: [
      {
        id: "a",
        text: "NATO has lately begun to accept the CSTO's requests for joint security work",
        correct: false,
      },
      {
        id: "b",
        text: "Moscow has given up its effort to bolster the CSTO before the drawdown",
        correct: false,
      },
      {
        id: "c",
        text: "Russia has until now mostly opposed US security activity in the region",
        correct: true,
      },
      {
        id: "d",
        text: "The 2009 US cable advised NATO to engage more closely with the CSTO",
        correct: false,
      },
    ],
    explanation:
      "A shift needs a starting point: “thus far, Russia has been largely hostile to US activities in Central Asia, especially in the security realm,” so seeking cooperation marks a change. NATO has not accepted the CSTO's requests: it “has kept the CSTO at arm’s length.” Moscow is still trying to bolster the CSTO. The 2009 cable said engaging the CSTO “would be counterproductive.”",
    evidence: [
      {
        paragraphId: "p07",
        quote:
          "Moscow’s effort could reflect fundamental policy shift: thus far, Russia has been largely hostile to US activities in Central Asia, especially in the security realm.",
      },
      { paragraphId: "p02", quote: "NATO has kept the CSTO at arm’s length" },
      {
        paragraphId: "p02",
        quote: "Russia has tried to bolster the Collective Security Treaty Organization",
      },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
    ],
    tags: ["russian-strategy", "united-states", "central-asia"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-ploy-reading-and-pentagon-deals",
    type: "single-choice",
    prompt:
      "Suppose Moscow's push is the “ploy” the article mentions. Given how the supply routes are run today, which reading of Buzhinsky's proposal does the article's evidence best support?",
    choices: [
      {
        id: "a",
        text: "A CSTO deal would sit alongside each bilateral deal and strengthen both of them",
        correct: false,
      },
      {
        id: "b",
        text: "A single CSTO deal would stand in for the Pentagon's country-by-country deals",
        correct: true,
      },
      {
        id: "c",
        text: "A CSTO deal would hand the management of the supply routes over to NATO",
        correct: false,
      },
      {
        id: "d",
        text: "A CSTO deal would mainly serve Russia's campaign against Afghan poppy fields",
        correct: false,
      },
    ],
    explanation:
      "Today “the Pentagon has bilateral agreements with all of the countries involved.” Buzhinsky wants “a solid, universal agreement” and says “it’s better to have it within the CSTO.” The ploy reading says Moscow's effort is “designed to weaken bilateral relationships,” and one CSTO-wide deal replacing the country-by-country deals would do exactly that. A deal that strengthened the bilateral ties would not fit the ploy. The body Russia wants in charge is the CSTO, not NATO. Poppy fields belong to the separate dispute over narcotics.",
    evidence: [
      {
        paragraphId: "p05",
        quote: "the Pentagon has bilateral agreements with all of the countries involved",
      },
      {
        paragraphId: "p06",
        quote:
          "“The United States needs a solid, universal agreement and it’s better to have it within the CSTO.”",
      },
      { paragraphId: "p07", quote: "a ploy designed to weaken bilateral relationships" },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p09",
        quote: "Russia wants an aggressive effort to destroy poppy fields in Afghanistan",
      },
    ],
    tags: ["bilateral-relations", "northern-distribution-network", "pentagon", "russian-strategy"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-article-decides-softening-or-ploy",
    type: "true-false",
    prompt:
      "True or false: The article comes down on the side of the “ploy” reading of Moscow's push.",
    answer: false,
    explanation:
      "False. The article says the effort “could be seen as a softening” and “also could be interpreted as a ploy,” then moves on with “Whatever the case.” It leaves both readings open and turns to Russia's position, which “becomes more complicated” either way.",
    evidence: [
      {
        paragraphId: "p07",
        quote:
          "could be seen as a softening of that opposition. But it also could be interpreted as a ploy",
      },
      {
        paragraphId: "p08",
        quote:
          "Whatever the case, as the US interest in Afghanistan wanes, Russia’s position becomes more complicated.",
      },
    ],
    tags: ["russian-strategy", "bilateral-relations"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-why-us-might-prefer-bilateral-ndn-deals",
    type: "single-choice",
    prompt:
      "Which reading does the article's evidence best support: why might Washington keep its bilateral supply deals rather than take up Buzhinsky's agreement within the CSTO?",
    choices: [
      {
        id: "a",
        text: "The CSTO already manages the supply routes, so one more agreement would add nothing",
        correct: false,
      },
      {
        id: "b",
        text: "A CSTO-wide deal would lend standing to a body US officials see as Moscow's tool",
        correct: true,
      },
      {
        id: "c",
        text: "The 2009 cable urges NATO to stop engaging with Russia in any form at all",
        correct: false,
      },
      {
        id: "d",
        text: "The Central Asian states have asked Washington to deal with them via Moscow",
        correct: false,
      },
    ],
    explanation:
      "US officials see the CSTO as “a Moscow-supported tool designed to obstruct the United States,” and the cable warns that engaging it “could enhance the legitimacy of what may be a waning organization.” The CSTO does not manage the routes yet: a role in managing them is what Russia is pushing for. The cable supports NATO's engagement with Russia and objects only to engaging the CSTO. Central Asian leaders “seem likely to resist” having their relations with Washington redirected through Moscow.",
    evidence: [
      {
        paragraphId: "p10",
        quote:
          "US officials see the CSTO as a Moscow-supported tool designed to obstruct the United States",
      },
      {
        paragraphId: "p12",
        quote:
          "NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p11",
        quote: "while NATO strives to enhance its engagement with Russia",
      },
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.",
      },
    ],
    tags: ["northern-distribution-network", "bilateral-relations", "wikileaks-cable", "pentagon"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-russia-position-simpler-as-us-interest-wanes",
    type: "true-false",
    prompt:
      "True or false: In the article's view, waning US interest in Afghanistan makes Russia's position easier to manage.",
    answer: false,
    explanation:
      "False. The article says “as the US interest in Afghanistan wanes, Russia’s position becomes more complicated.” Zagorski explains why: “When the coalition leaves Afghanistan, the situation will be reversed – Russia will need help.”",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "as the US interest in Afghanistan wanes, Russia’s position becomes more complicated",
      },
      {
        paragraphId: "p08",
        quote:
          "When the coalition leaves Afghanistan, the situation will be reversed – Russia will need help",
      },
    ],
    tags: ["russian-strategy", "afghanistan-drawdown", "united-states"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-zagorski-reversal-meaning",
    type: "single-choice",
    prompt:
      "What does Andrei Zagorski mean when he says the situation “will be reversed” once the coalition leaves Afghanistan?",
    choices: [
      { id: "a", text: "The US will ask the CSTO to run the supply routes", correct: false },
      { id: "b", text: "The Taliban threat will fade once foreign troops leave", correct: false },
      { id: "c", text: "Russia will again turn hostile to US activities", correct: false },
      { id: "d", text: "Russia now offers help but will need help itself", correct: true },
    ],
    explanation:
      "Zagorski contrasts “Now, we say: ‘You have a problem there, we can help’” with the time after the coalition leaves, when “Russia will need help.” It is Russia, not the United States, that wants the CSTO to gain a role in managing the routes. The Russian think-tank report expects the Taliban to expand after the withdrawal. Russia's hostility to US activities is the article's account of its past stance, not Zagorski's reversal.",
    evidence: [
      { paragraphId: "p08", quote: "“Now, we say: ‘You have a problem there, we can help.’" },
      { paragraphId: "p08", quote: "the situation will be reversed – Russia will need help" },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      { paragraphId: "p03", quote: "will inevitably lead to the expansion of the Taliban" },
      {
        paragraphId: "p07",
        quote: "thus far, Russia has been largely hostile to US activities in Central Asia",
      },
    ],
    tags: ["andrei-zagorski", "russian-strategy", "afghanistan-drawdown"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-cloze-zagorski-field",
    type: "cloze",
    prompt: "Fill in Andrei Zagorski's field.",
    text: "Andrei Zagorski is an expert on Russia’s relations with the {{1}}.",
    accept: [["West"]],
    explanation:
      "The article introduces “Andrei Zagorski, an expert on Russia’s relations with the West at Moscow’s Institute of World Economy and International Relations.”",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "Andrei Zagorski, an expert on Russia’s relations with the West at Moscow’s Institute of World Economy and International Relations",
      },
    ],
    tags: ["andrei-zagorski", "imemo", "sourcing"],
    difficulty: 1,
    level: "recall",
  },
];
