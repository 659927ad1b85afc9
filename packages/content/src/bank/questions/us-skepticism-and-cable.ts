import type { QuestionInput } from "./question-input.ts";

/**
 * p09–p12: US skepticism about Russia's intentions, the narcotics dispute, and
 * the 2009 State Department cable released by Wikileaks.
 */
export const usSkepticismAndCableQuestions: QuestionInput[] = [
  {
    id: "q-narcotics-tactical-difference",
    type: "single-choice",
    prompt: "Which difference has stalled joint NATO–CSTO action against Afghan narcotics?",
    choices: [
      {
        id: "a",
        text: "The US wants poppy fields destroyed; Russia fears a backlash from Afghans",
        correct: false,
      },
      {
        id: "b",
        text: "Russia wants the CSTO alone to lead the drug effort; the US wants NATO to lead it",
        correct: false,
      },
      {
        id: "c",
        text: "Russia wants poppy fields destroyed; the US fears a backlash from Afghans",
        correct: true,
      },
      {
        id: "d",
        text: "The US wants the CSTO to police the supply routes; Russia wants NATO to do it",
        correct: false,
      },
    ],
    explanation:
      "“Russia wants an aggressive effort to destroy poppy fields in Afghanistan, while US officials believe that such action would be counterproductive by antagonizing Afghanistan’s population.” The first option swaps the two sides. The article does not say who should lead the drug effort, and it is Russia that wants a CSTO role on the supply routes.",
    evidence: [
      {
        paragraphId: "p09",
        quote:
          "Russia wants an aggressive effort to destroy poppy fields in Afghanistan, while US officials believe that such action would be counterproductive by antagonizing Afghanistan’s population",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
    ],
    tags: ["narcotics", "us-skepticism", "afghanistan", "russia", "united-states"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-narcotics-dispute-is-tactical",
    type: "true-false",
    prompt:
      "True or false: According to the article, what has held up joint action on Afghan narcotics is a disagreement over methods rather than over whether to act at all.",
    answer: true,
    explanation:
      "True. Russia “has sought to coordinate CSTO activities with NATO, but joint action has been stymied over tactical differences.” The difference is about how: Russia wants “an aggressive effort to destroy poppy fields,” while US officials think such action “would be counterproductive.”",
    evidence: [
      {
        paragraphId: "p09",
        quote:
          "Russia has sought to coordinate CSTO activities with NATO, but joint action has been stymied over tactical differences.",
      },
      {
        paragraphId: "p09",
        quote: "Russia wants an aggressive effort to destroy poppy fields in Afghanistan",
      },
      {
        paragraphId: "p09",
        quote: "US officials believe that such action would be counterproductive",
      },
    ],
    tags: ["narcotics", "nato-csto-cooperation", "us-skepticism"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-order-narcotics-stalemate",
    type: "ordering",
    prompt: "Put the steps of the narcotics stalemate in causal order.",
    items: [
      "Russia seeks to coordinate CSTO anti-drug work with NATO.",
      "The two sides split over destroying Afghan poppy fields.",
      "Joint action stalls.",
    ],
    explanation:
      "Russia “has sought to coordinate CSTO activities with NATO, but joint action has been stymied over tactical differences.” The next sentence names the difference: Russia wants poppy fields destroyed, while US officials believe “such action would be counterproductive.” The article reports the stalled action before its cause, but the split has to come before the stall it causes.",
    evidence: [
      {
        paragraphId: "p09",
        quote:
          "Russia has sought to coordinate CSTO activities with NATO, but joint action has been stymied over tactical differences.",
      },
      {
        paragraphId: "p09",
        quote:
          "Russia wants an aggressive effort to destroy poppy fields in Afghanistan, while US officials believe that such action would be counterproductive",
      },
    ],
    tags: ["narcotics", "nato-csto-cooperation", "russia", "united-states"],
    difficulty: 1,
    level: "understanding",
  },
  {
    id: "q-cable-year-and-source",
    type: "single-choice",
    prompt:
      "When was the State Department cable quoted in the article written, and who made it public?",
    choices: [
      { id: "a", text: "Written in 2014, released by Wikileaks", correct: false },
      { id: "b", text: "Written in 2009, released by the State Department", correct: false },
      { id: "c", text: "Written in 2014, released by the State Department", correct: false },
      { id: "d", text: "Written in 2009, released by Wikileaks", correct: true },
    ],
    explanation:
      "The article cites “A State Department cable from 2009 released by Wikileaks”: the State Department wrote it and Wikileaks released it. 2014 is the year the phased withdrawal from Afghanistan is scheduled to conclude.",
    evidence: [
      { paragraphId: "p10", quote: "A State Department cable from 2009 released by Wikileaks" },
      { paragraphId: "p02", quote: "The phased withdrawal is scheduled to conclude in 2014." },
    ],
    tags: ["wikileaks-cable", "wikileaks", "state-department", "sourcing"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-cable-csto-origin",
    type: "single-choice",
    prompt: "According to the 2009 cable, who initiated the CSTO, and for what purpose?",
    choices: [
      {
        id: "a",
        text: "Moscow, to counter NATO and US influence in the former Soviet space",
        correct: true,
      },
      {
        id: "b",
        text: "The Commonwealth of Independent States, to coordinate its members' security",
        correct: false,
      },
      { id: "c", text: "Moscow, to manage the supply routes into Afghanistan", correct: false },
      {
        id: "d",
        text: "The Central Asian states, to keep the Taliban out of the region",
        correct: false,
      },
    ],
    explanation:
      "The cable calls the CSTO “an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space.” The Commonwealth of Independent States is the body under whose auspices the CSTO operates, which the article does not present as its founder. Managing the supply routes is a role Russia seeks for the CSTO now. The Taliban threat to the region comes from the Russian think-tank report, not from the cable's account of the CSTO's origin.",
    evidence: [
      {
        paragraphId: "p11",
        quote:
          "an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space",
      },
      {
        paragraphId: "p16",
        quote: "the Commonwealth of Independent States, under whose auspices the CSTO operates",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p03",
        quote: "will create a serious security problem for Central Asian countries",
      },
    ],
    tags: ["wikileaks-cable", "csto", "russia"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-cable-rejects-engaging-russia",
    type: "true-false",
    prompt:
      "True or false: The 2009 cable argues that NATO should keep away from Russia itself, not just from the CSTO.",
    answer: false,
    explanation:
      "False. The cable accepts that “NATO strives to enhance its engagement with Russia,” including “greater Russian assistance to Afghanistan.” What it calls counterproductive is engaging the CSTO: “it would be counterproductive for NATO to engage with the CSTO.”",
    evidence: [
      {
        paragraphId: "p11",
        quote:
          "while NATO strives to enhance its engagement with Russia, including cooperation that could lead to practical results, such as greater Russian assistance to Afghanistan",
      },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
    ],
    tags: ["wikileaks-cable", "nato", "csto", "russia"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-order-cable-argument",
    type: "ordering",
    prompt:
      "Put the 2009 cable's case against engaging the CSTO in logical order, from its starting premise to its conclusion.",
    items: [
      "The CSTO may be an organization in decline.",
      "NATO engagement would lend the CSTO legitimacy.",
      "A bloc-on-bloc dynamic would take hold.",
      "So engaging the CSTO would be counterproductive for NATO.",
    ],
    explanation:
      "The cable's chain runs: engagement “could enhance the legitimacy of what may be a waning organization, contributing to a bloc-on-bloc dynamic reminiscent of the Cold War.” That is its reason for the recommendation that “it would be counterproductive for NATO to engage with the CSTO.” The article quotes the recommendation first and the reasons after it, so the order of mention puts the conclusion first.",
    evidence: [
      {
        paragraphId: "p12",
        quote:
          "NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization, contributing to a bloc-on-bloc dynamic reminiscent of the Cold War.",
      },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
    ],
    tags: ["wikileaks-cable", "us-skepticism", "nato-csto-cooperation"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-cloze-cable-cold-war",
    type: "cloze",
    prompt: "Fill in the period the cable recalls.",
    text: "The cable likens the bloc-on-bloc dynamic it fears to the {{1}}.",
    accept: [["Cold War"]],
    explanation: "The cable warns of “a bloc-on-bloc dynamic reminiscent of the Cold War.”",
    evidence: [
      {
        paragraphId: "p12",
        quote: "contributing to a bloc-on-bloc dynamic reminiscent of the Cold War",
      },
    ],
    tags: ["wikileaks-cable", "nato-csto-cooperation", "us-skepticism"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-match-cable-terms",
    type: "matching",
    prompt: "Match each term from the 2009 cable to what it means there.",
    pairs: [
      { left: "“a waning organization”", right: "An alliance that may be losing strength" },
      { left: "“a bloc-on-bloc dynamic”", right: "Two rival alliances squaring off" },
      { left: "“counterproductive”", right: "Doing more harm than good to one's own aims" },
    ],
    explanation:
      "The cable doubts the CSTO's strength: it “has proven ineffective in most areas of activity” and “may be a waning organization.” Its “bloc-on-bloc dynamic” is “reminiscent of the Cold War,” when two alliances faced each other. Engaging the CSTO would be “counterproductive” because it would work against NATO's aims by lending the CSTO legitimacy.",
    evidence: [
      {
        paragraphId: "p12",
        quote: "the CSTO has proven ineffective in most areas of activity",
      },
      { paragraphId: "p12", quote: "what may be a waning organization" },
      { paragraphId: "p12", quote: "a bloc-on-bloc dynamic reminiscent of the Cold War" },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
      {
        paragraphId: "p12",
        quote: "NATO engagement with the CSTO could enhance the legitimacy",
      },
    ],
    tags: ["wikileaks-cable", "us-skepticism", "nato-csto-cooperation"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-cable-division-echoed-by-zagorski",
    type: "true-false",
    prompt:
      "True or false: On the CSTO's unity, the US cable and the Russian expert Zagorski point the same way, though they disagree about engaging the CSTO.",
    answer: true,
    explanation:
      "True. The cable says the CSTO “has been politically divided,” and Zagorski says of the formal relationship with NATO that Moscow wants, “Most of the CSTO countries don’t want this to happen.” Both describe disunity inside the alliance. On engagement they differ: the cable calls it “counterproductive,” while Zagorski says “We want NATO to have a formal relationship with the CSTO.”",
    evidence: [
      {
        paragraphId: "p12",
        quote:
          "the CSTO has proven ineffective in most areas of activity and has been politically divided",
      },
      {
        paragraphId: "p14",
        quote:
          "We want NATO to have a formal relationship with the CSTO. Most of the CSTO countries don’t want this to happen.",
      },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
    ],
    tags: ["wikileaks-cable", "andrei-zagorski", "csto", "central-asian-stances"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-signs-of-us-wariness",
    type: "multiple-choice",
    prompt:
      "Which of these does the article offer as evidence of US wariness about Russia's intentions? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "The stalled joint effort against Afghan drug trafficking",
        correct: true,
      },
      { id: "b", text: "Russia's attempt to coordinate CSTO activities with NATO", correct: false },
      {
        id: "c",
        text: "A cable showing US officials see the CSTO as a Moscow-backed tool",
        correct: true,
      },
      { id: "d", text: "Uzbekistan's distancing from the Russia-led alliance", correct: false },
      { id: "e", text: "The Pentagon's separate supply deal with each country", correct: false },
    ],
    explanation:
      "US wariness “is readily evident on the issue of narcotics trafficking,” where “joint action has been stymied over tactical differences.” The Wikileaks cable “revealed that US officials see the CSTO as a Moscow-supported tool.” Russia's attempt to coordinate is Russia's move, not a sign of US wariness. Uzbekistan's distancing is given as an example of wariness among the alliance's own members. The article presents the Pentagon's bilateral agreements as the current arrangement on the routes, not as evidence of wariness.",
    evidence: [
      {
        paragraphId: "p09",
        quote:
          "Such wariness is readily evident on the issue of narcotics trafficking out of Afghanistan.",
      },
      { paragraphId: "p09", quote: "joint action has been stymied over tactical differences" },
      {
        paragraphId: "p10",
        quote: "revealed that US officials see the CSTO as a Moscow-supported tool",
      },
      { paragraphId: "p09", quote: "Russia has sought to coordinate CSTO activities with NATO" },
      {
        paragraphId: "p13",
        quote:
          "some members of the Russia-led alliance are also wary of closer organizational ties",
      },
      {
        paragraphId: "p05",
        quote:
          "Currently, the Pentagon has bilateral agreements with all of the countries involved.",
      },
    ],
    tags: ["us-skepticism", "narcotics", "wikileaks-cable"],
    difficulty: 2,
    level: "understanding",
  },
];
