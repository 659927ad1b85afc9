import type { QuestionInput } from "./question-input.ts";

/**
 * p09–p12: US skepticism about Russia's intentions, the narcotics dispute, and
 * the 2009 State Department cable released by Wikileaks.
 */
export const usSkepticismAndCableQuestions: QuestionInput[] = [
  {
    id: "q-narcotics-tactical-difference",
    type: "single-choice",
    prompt: "Which tactical difference has stymied joint action on narcotics trafficking?",
    choices: [
      {
        id: "a",
        text: "The United States wants an aggressive effort to destroy poppy fields; Russia fears it would antagonize Afghans.",
        correct: false,
      },
      {
        id: "b",
        text: "Russia wants the anti-drug effort run through the Commonwealth of Independent States; the United States prefers NATO.",
        correct: false,
      },
      {
        id: "c",
        text: "The United States wants the CSTO to police the Northern Distribution Network; Russia refuses.",
        correct: false,
      },
      {
        id: "d",
        text: "Russia wants an aggressive effort to destroy poppy fields; US officials think it would antagonize Afghanistan's population.",
        correct: true,
      },
    ],
    explanation:
      "The article says “Russia wants an aggressive effort to destroy poppy fields in Afghanistan, while US officials believe that such action would be counterproductive by antagonizing Afghanistan’s population.” The version in which the United States wants the poppy fields destroyed and Russia fears antagonizing Afghans is the same dispute with the sides swapped, so read carefully who wants what. The Commonwealth of Independent States is never linked to narcotics. The idea that the US wants the CSTO to police the NDN reverses the article, since it is Russia that wants a CSTO role in the network.",
    evidence: [
      {
        paragraphId: "p09",
        quote:
          "Russia wants an aggressive effort to destroy poppy fields in Afghanistan, while US officials believe that such action would be counterproductive by antagonizing Afghanistan’s population",
      },
    ],
    tags: ["narcotics", "us-skepticism", "afghanistan", "russia", "united-states"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-us-officials-favour-poppy-destruction",
    type: "true-false",
    prompt:
      "True or false: US officials favour an aggressive effort to destroy poppy fields in Afghanistan.",
    answer: false,
    explanation:
      "False. It is Russia that wants an aggressive effort to destroy poppy fields. US officials believe such action “would be counterproductive by antagonizing Afghanistan’s population.” This tactical difference is one reason joint NATO–CSTO action on narcotics has been “stymied.”",
    evidence: [
      {
        paragraphId: "p09",
        quote: "Russia wants an aggressive effort to destroy poppy fields in Afghanistan",
      },
      {
        paragraphId: "p09",
        quote: "US officials believe that such action would be counterproductive",
      },
    ],
    tags: ["narcotics", "united-states", "russia"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-cloze-poppy-destruction-counterproductive",
    type: "cloze",
    prompt: "Complete the US officials' objection to Russia's anti-drug plan.",
    text: "US officials believe that destroying poppy fields would be counterproductive by antagonizing Afghanistan’s {{1}}.",
    accept: [["population", "people", "population of Afghanistan"]],
    explanation:
      "The US objection is that the poppy destruction Russia wants would antagonize Afghanistan's population. It is not an objection about offending Russia or the Taliban. The concern is the ordinary people of Afghanistan.",
    evidence: [
      {
        paragraphId: "p09",
        quote: "would be counterproductive by antagonizing Afghanistan’s population",
      },
    ],
    tags: ["narcotics", "us-skepticism", "afghanistan"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-cable-claims",
    type: "multiple-choice",
    prompt: "Which claims does the 2009 State Department cable make? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "The CSTO is an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space.",
        correct: true,
      },
      {
        id: "b",
        text: "The CSTO has proven ineffective in most areas of activity and has been politically divided.",
        correct: true,
      },
      {
        id: "c",
        text: "NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization.",
        correct: true,
      },
      {
        id: "d",
        text: "The withdrawal from Afghanistan will inevitably lead to the expansion of the Taliban.",
        correct: false,
      },
      {
        id: "e",
        text: "The CSTO should gain a role in managing the Northern Distribution Network.",
        correct: false,
      },
    ],
    explanation:
      "The cable describes the CSTO's origin and purpose, judges it ineffective and divided, and warns that NATO engagement could legitimize a possibly “waning organization.” The prediction about Taliban expansion comes from the Russian think tank, the Institute for Contemporary Development. A CSTO role in the NDN is what Russia and Buzhinsky push for, and a cable warning against engaging the CSTO would hardly propose it.",
    evidence: [
      {
        paragraphId: "p11",
        quote:
          "an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space",
      },
      {
        paragraphId: "p12",
        quote:
          "the CSTO has proven ineffective in most areas of activity and has been politically divided",
      },
      {
        paragraphId: "p12",
        quote:
          "NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization",
      },
    ],
    tags: ["wikileaks-cable", "state-department", "csto", "us-skepticism", "sourcing"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-cable-year-and-source",
    type: "single-choice",
    prompt:
      "When was the State Department cable quoted in the article written, and who released it?",
    choices: [
      { id: "a", text: "In 2014; released by Wikileaks", correct: false },
      { id: "b", text: "In 2009; released by Wikileaks", correct: true },
      { id: "c", text: "In 2009; released by Eurasianet", correct: false },
      {
        id: "d",
        text: "In 2014; released by the Institute for Contemporary Development",
        correct: false,
      },
    ],
    explanation:
      "The article refers to “A State Department cable from 2009 released by Wikileaks.” 2014 is the year the phased withdrawal from Afghanistan is scheduled to end, not the cable's date. Eurasianet published this article, not the cable. The Institute for Contemporary Development is a Russian think tank whose own report the article quotes.",
    evidence: [
      { paragraphId: "p10", quote: "A State Department cable from 2009 released by Wikileaks" },
    ],
    tags: ["wikileaks-cable", "wikileaks", "state-department", "sourcing"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-cloze-cable-cold-war",
    type: "cloze",
    prompt: "Complete the 2009 cable's warning.",
    text: "“NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization, contributing to a bloc-on-bloc dynamic reminiscent of the {{1}}.”",
    accept: [["Cold War", "the Cold War"]],
    explanation:
      "The cable fears a “bloc-on-bloc dynamic reminiscent of the Cold War,” meaning two rival alliances facing each other as in the Cold War. Formal NATO–CSTO ties would treat the CSTO as an equal bloc, which the cable wants to avoid.",
    evidence: [
      {
        paragraphId: "p12",
        quote: "contributing to a bloc-on-bloc dynamic reminiscent of the Cold War",
      },
    ],
    tags: ["wikileaks-cable", "nato-csto-cooperation", "us-skepticism"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-cable-rejects-engaging-russia",
    type: "true-false",
    prompt:
      "True or false: The 2009 cable argues that NATO should avoid engaging with Russia itself, not just with the CSTO.",
    answer: false,
    explanation:
      "False. The cable accepts that “NATO strives to enhance its engagement with Russia,” including cooperation such as “greater Russian assistance to Afghanistan.” What it calls counterproductive is engaging with the CSTO, the Moscow-initiated organization. The cable separates Russia as a partner from the CSTO as a bloc, and missing that distinction is the trap here.",
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
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-cable-why-engagement-harmful",
    type: "single-choice",
    prompt: "According to the 2009 cable, why would NATO engagement with the CSTO be harmful?",
    choices: [
      {
        id: "a",
        text: "It could lend legitimacy to a possibly waning organization and feed a Cold War–style bloc-on-bloc dynamic.",
        correct: true,
      },
      {
        id: "b",
        text: "It would antagonize Afghanistan's population.",
        correct: false,
      },
      {
        id: "c",
        text: "It would force the Pentagon to cancel its bilateral NDN agreements.",
        correct: false,
      },
      {
        id: "d",
        text: "It would drive Turkmenistan to join the CSTO.",
        correct: false,
      },
    ],
    explanation:
      "The cable warns that engagement “could enhance the legitimacy of what may be a waning organization, contributing to a bloc-on-bloc dynamic reminiscent of the Cold War.” Antagonizing Afghanistan's population is the US objection to destroying poppy fields, not to engaging the CSTO. A threat to US bilateral ties is the article's own “ploy” reading of Moscow's motives and does not appear in the cable. The article mentions Turkmenistan only as a non-member that is more active in the Commonwealth of Independent States.",
    evidence: [
      {
        paragraphId: "p12",
        quote:
          "could enhance the legitimacy of what may be a waning organization, contributing to a bloc-on-bloc dynamic",
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
    id: "q-order-cable-points",
    type: "ordering",
    prompt: "Put these points about the 2009 cable in the order the article presents them.",
    items: [
      "US officials see the CSTO as a Moscow-supported tool to obstruct US policy goals.",
      "It would be counterproductive for NATO to engage with the CSTO.",
      "The CSTO has proven ineffective and politically divided.",
      "Engagement could feed a bloc-on-bloc dynamic reminiscent of the Cold War.",
    ],
    explanation:
      "The article first summarizes what the cable reveals (p10). It then quotes the cable's main recommendation against engaging the CSTO (p11), followed by its judgement of the CSTO's record and its warning about a bloc-on-bloc dynamic (p12). It is tempting to put the Cold War warning before the judgement of the CSTO's record, but the cable “went on to note” the record first and ends with the bloc-on-bloc warning.",
    evidence: [
      { paragraphId: "p10", quote: "US officials see the CSTO as a Moscow-supported tool" },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
      {
        paragraphId: "p12",
        quote: "“To date, the CSTO has proven ineffective in most areas of activity",
      },
      { paragraphId: "p12", quote: "reminiscent of the Cold War" },
    ],
    tags: ["wikileaks-cable", "us-skepticism", "csto"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-cable-division-echoed-by-zagorski",
    type: "true-false",
    prompt:
      "True or false: The cable's claim that the CSTO “has been politically divided” is consistent with Zagorski's remark that most CSTO countries don't want a formal relationship with NATO.",
    answer: true,
    explanation:
      "True. The US cable says the CSTO “has been politically divided,” and Zagorski, a Russian expert, admits that on the formal relationship Moscow wants, “Most of the CSTO countries don’t want this to happen.” A source from the other side thus confirms a split between Moscow and most members. The two sources disagree about whether NATO should engage the CSTO, but both point to disunity inside the alliance. Their disagreement on engagement does not make them inconsistent on this point.",
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
    ],
    tags: ["wikileaks-cable", "andrei-zagorski", "csto", "central-asian-stances"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-signs-of-us-wariness",
    type: "multiple-choice",
    prompt:
      "Which of the following does the article present as evidence of US wariness about Russia's intentions and the CSTO? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "Joint action on narcotics has been stymied over tactical differences.",
        correct: true,
      },
      {
        id: "b",
        text: "A cable shows US officials see the CSTO as a Moscow-supported tool to obstruct US policy goals.",
        correct: true,
      },
      {
        id: "c",
        text: "The cable calls NATO engagement with the CSTO counterproductive.",
        correct: true,
      },
      {
        id: "d",
        text: "The Pentagon signed a universal NDN agreement within the CSTO.",
        correct: false,
      },
      {
        id: "e",
        text: "Turkmenistan has been increasing its activity in the Commonwealth of Independent States.",
        correct: false,
      },
    ],
    explanation:
      "The article says US wariness “is readily evident on the issue of narcotics trafficking,” where joint action has been stymied. It then cites the Wikileaks cable's view of the CSTO as a Moscow-supported tool and its recommendation against engagement. No universal agreement has been signed: the Pentagon has bilateral agreements, and a CSTO-wide deal is only Buzhinsky's wish. Turkmenistan's activity in the Commonwealth of Independent States is Zagorski's point about Central Asian states needing support, not evidence of US wariness.",
    evidence: [
      {
        paragraphId: "p09",
        quote:
          "Such wariness is readily evident on the issue of narcotics trafficking out of Afghanistan.",
      },
      {
        paragraphId: "p09",
        quote: "joint action has been stymied over tactical differences",
      },
      {
        paragraphId: "p10",
        quote: "revealed that US officials see the CSTO as a Moscow-supported tool",
      },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
    ],
    tags: ["us-skepticism", "narcotics", "wikileaks-cable"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-cable-csto-origin",
    type: "single-choice",
    prompt: "According to the 2009 cable, who initiated the CSTO, and for what purpose?",
    choices: [
      {
        id: "a",
        text: "The Commonwealth of Independent States, to fight the Taliban",
        correct: false,
      },
      {
        id: "b",
        text: "Moscow, to manage the Northern Distribution Network",
        correct: false,
      },
      {
        id: "c",
        text: "Moscow, to counter potential NATO and US influence in the former Soviet space",
        correct: true,
      },
      {
        id: "d",
        text: "The Central Asian states, to balance Russian power in the region",
        correct: false,
      },
    ],
    explanation:
      "The cable calls the CSTO “an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space.” The Commonwealth of Independent States is the body under whose auspices the CSTO operates, according to the article, but the cable does not say the Commonwealth created it. Managing the NDN is a role Russia is seeking for the CSTO now, not the reason it was founded. The Central Asian members are described as wary of the CSTO, not as its founders.",
    evidence: [
      {
        paragraphId: "p11",
        quote:
          "an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space",
      },
    ],
    tags: ["wikileaks-cable", "csto", "russia"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-source-against-planners-view",
    type: "single-choice",
    prompt:
      "Russian policy planners see NATO–CSTO cooperation in Central Asia as essential. Which source in the article argues most directly against that view?",
    choices: [
      { id: "a", text: "Yevgeny Buzhinsky", correct: false },
      { id: "b", text: "The Institute for Contemporary Development report", correct: false },
      { id: "c", text: "Andrei Zagorski", correct: false },
      { id: "d", text: "The 2009 State Department cable", correct: true },
    ],
    explanation:
      "The cable states that “it would be counterproductive for NATO to engage with the CSTO,” which directly rejects the planners' view. Buzhinsky argues for the CSTO's usefulness in managing supplies. The Institute for Contemporary Development report calls expanded cooperation with NATO “both necessary and possible.” Zagorski says “We want NATO to have a formal relationship with the CSTO”; he admits most CSTO members disagree, but he reports their opposition and does not argue it himself.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential.",
      },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
    ],
    tags: ["sourcing", "wikileaks-cable", "nato-csto-cooperation", "us-skepticism"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-match-cable-wording",
    type: "matching",
    prompt: "Match each subject to the words the 2009 cable uses about it.",
    pairs: [
      { left: "NATO engaging with the CSTO", right: "Counterproductive" },
      { left: "The CSTO's record in most areas of activity", right: "Ineffective" },
      { left: "The CSTO's politics", right: "Divided" },
      { left: "The kind of organization the CSTO may be", right: "Waning" },
      { left: "The relationship engagement could create", right: "Bloc-on-bloc" },
    ],
    explanation:
      "The cable calls engagement with the CSTO “counterproductive” (p11). It says the CSTO “has proven ineffective in most areas of activity and has been politically divided,” that it “may be a waning organization,” and that engagement could create a “bloc-on-bloc dynamic” (p12). Watch the two negatives about the CSTO itself: “ineffective” describes its record, while “divided” describes its politics.",
    evidence: [
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
      {
        paragraphId: "p12",
        quote:
          "the CSTO has proven ineffective in most areas of activity and has been politically divided",
      },
      { paragraphId: "p12", quote: "what may be a waning organization" },
      { paragraphId: "p12", quote: "a bloc-on-bloc dynamic" },
    ],
    tags: ["wikileaks-cable", "csto", "us-skepticism"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-order-timeline",
    type: "ordering",
    prompt: "Put these events and forecasts in chronological order.",
    items: [
      "A State Department cable calls engaging the CSTO counterproductive (2009).",
      "Russia, at the time of the article, offers the coalition help: “we can help.”",
      "The phased US and NATO withdrawal from Afghanistan is scheduled to conclude (2014).",
      "With the coalition gone, Russia will need help, as Zagorski predicts.",
    ],
    explanation:
      "The cable is dated 2009 and was already public when the article was written, since Wikileaks had released it. The article's present is Zagorski's “Now, we say: ‘… we can help.’” The withdrawal is still in the future: it “is scheduled to conclude in 2014.” Zagorski's forecast applies to the time after the coalition leaves. The usual slip is to treat 2014 as a past event. For the article it is a future deadline, and the 2009 cable is the only item dated earlier than the article.",
    evidence: [
      { paragraphId: "p10", quote: "A State Department cable from 2009 released by Wikileaks" },
      { paragraphId: "p08", quote: "“Now, we say: ‘You have a problem there, we can help.’" },
      { paragraphId: "p02", quote: "The phased withdrawal is scheduled to conclude in 2014." },
      { paragraphId: "p08", quote: "When the coalition leaves Afghanistan" },
    ],
    tags: ["wikileaks-cable", "afghanistan-drawdown", "andrei-zagorski"],
    difficulty: 2,
    level: "analysis",
  },
];
