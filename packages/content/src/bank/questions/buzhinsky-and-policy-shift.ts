import type { QuestionInput } from "./question-input.ts";

/**
 * p06–p08: Yevgeny Buzhinsky's case for running the NDN through the CSTO, the
 * two readings of Moscow's effort (softening or ploy), and Andrei Zagorski's
 * warning that the situation will be reversed once the coalition leaves.
 */
export const buzhinskyAndPolicyShiftQuestions: QuestionInput[] = [
  {
    id: "q-buzhinsky-background",
    type: "single-choice",
    prompt: "How does the article introduce Yevgeny Buzhinsky?",
    choices: [
      {
        id: "a",
        text: "As an expert on Russia's relations with the West at Moscow's Institute of World Economy and International Relations",
        correct: false,
      },
      {
        id: "b",
        text: "As an author of the Institute for Contemporary Development report",
        correct: false,
      },
      {
        id: "c",
        text: "As a retired Russian defense official who led the initial Russian discussions on the NDN's operations",
        correct: true,
      },
      {
        id: "d",
        text: "As the State Department official who wrote the 2009 cable",
        correct: false,
      },
    ],
    explanation:
      "Buzhinsky is “a retired Russian defense official” who led Russia's initial discussions on the Northern Distribution Network's operations, which is why he speaks about re-supply logistics. The expert on Russia's relations with the West at Moscow's Institute of World Economy and International Relations is Andrei Zagorski, the other Russian expert quoted. The think-tank report is quoted without naming its authors. The 2009 cable comes from the US State Department, the other side of the argument.",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "Yevgeny Buzhinsky, a retired Russian defense official who led the initial Russian discussions",
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
      {
        id: "a",
        text: "Running the NDN would be much more effective on the basis of cooperation with the CSTO.",
        correct: true,
      },
      {
        id: "b",
        text: "The United States needs a solid, universal agreement.",
        correct: true,
      },
      {
        id: "c",
        text: "It is better to have that agreement within the CSTO.",
        correct: true,
      },
      {
        id: "d",
        text: "When the coalition leaves Afghanistan, Russia will need help.",
        correct: false,
      },
      {
        id: "e",
        text: "Destroying poppy fields would antagonize Afghanistan's population.",
        correct: false,
      },
    ],
    explanation:
      "All three of Buzhinsky's points concern the Northern Distribution Network. He says it “would be much more effective” with CSTO cooperation, that the US “needs a solid, universal agreement,” and that such an agreement is “better to have … within the CSTO.” The warning that Russia will need help after the coalition leaves is Andrei Zagorski's. The worry about antagonizing Afghanistan's population is held by US officials, in the dispute over narcotics.",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "“It would be much more effective if it was done on the basis of cooperation with the CSTO,” Buzhinsky said.",
      },
      {
        paragraphId: "p06",
        quote:
          "“The United States needs a solid, universal agreement and it’s better to have it within the CSTO.”",
      },
    ],
    tags: ["yevgeny-buzhinsky", "northern-distribution-network", "csto", "sourcing"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-cloze-buzhinsky-universal-agreement",
    type: "cloze",
    prompt: "Complete Yevgeny Buzhinsky's remark about the supply routes.",
    text: "“The United States needs a solid, universal agreement and it’s better to have it within the {{1}}.”",
    accept: [
      [
        "CSTO",
        "Collective Security Treaty Organization",
        "Collective Security Treaty Organisation",
      ],
    ],
    explanation:
      "Buzhinsky wants the single agreement to sit within the CSTO, the Russia-led alliance, instead of the Pentagon's current bilateral agreements with each country. NATO is the wrong answer: the US already works with NATO, and the point of Buzhinsky's proposal is to bring the Russia-led CSTO into the arrangement.",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "“The United States needs a solid, universal agreement and it’s better to have it within the CSTO.”",
      },
    ],
    tags: ["yevgeny-buzhinsky", "northern-distribution-network", "csto"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-buzhinsky-and-zagorski-both-say-russia-needs-help",
    type: "true-false",
    prompt:
      "True or false: Both Buzhinsky and Zagorski argue in the article that Russia will need help once the coalition leaves Afghanistan.",
    answer: false,
    explanation:
      "False. Only Zagorski says this: “When the coalition leaves Afghanistan, the situation will be reversed – Russia will need help.” Buzhinsky's argument is about the Northern Distribution Network. He says it would be “much more effective” with CSTO cooperation and that the United States “needs a solid, universal agreement.” In his account the CSTO helps the United States, and he says nothing about Russia needing help. The two are easy to run together because both are Russian experts who want closer NATO–CSTO ties.",
    evidence: [
      { paragraphId: "p08", quote: "the situation will be reversed – Russia will need help" },
      {
        paragraphId: "p06",
        quote: "“The United States needs a solid, universal agreement",
      },
    ],
    tags: ["yevgeny-buzhinsky", "andrei-zagorski", "sourcing"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-two-readings-of-moscow-effort",
    type: "multiple-choice",
    prompt:
      "The article offers two ways of interpreting Moscow's push for cooperation. Which options describe them? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "A softening of Russia's opposition to US activities in Central Asia",
        correct: true,
      },
      {
        id: "b",
        text: "A ploy to weaken the bilateral relationships the United States has established with Central Asian states",
        correct: true,
      },
      {
        id: "c",
        text: "A first step toward Russia leaving the CSTO",
        correct: false,
      },
      {
        id: "d",
        text: "An attempt to bring Turkmenistan into the CSTO",
        correct: false,
      },
    ],
    explanation:
      "The article says the effort “could be seen as a softening of that opposition” but “also could be interpreted as a ploy designed to weaken bilateral relationships” between the US and Central Asian states. Those are the two readings: a softening and a ploy. Russia is trying to strengthen the CSTO, not leave it. Turkmenistan appears only later, as a state that is not a CSTO member, and the article does not link Moscow's push to recruiting it.",
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
    ],
    tags: ["russian-strategy", "bilateral-relations", "united-states", "central-asia"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-why-push-looks-like-policy-shift",
    type: "single-choice",
    prompt:
      "Why does the article say Moscow's push for cooperation could reflect a “fundamental policy shift”?",
    choices: [
      {
        id: "a",
        text: "Because Russia has so far been largely hostile to US activities in Central Asia, especially in security",
        correct: true,
      },
      {
        id: "b",
        text: "Because NATO has recently accepted the CSTO's requests to work jointly",
        correct: false,
      },
      { id: "c", text: "Because Russia has decided to leave the CSTO", correct: false },
      {
        id: "d",
        text: "Because the 2009 cable recommended closer NATO–CSTO ties",
        correct: false,
      },
    ],
    explanation:
      "A shift needs a starting point. The article explains that “thus far, Russia has been largely hostile to US activities in Central Asia, especially in the security realm,” so seeking cooperation “could be seen as a softening of that opposition.” NATO has not accepted the CSTO's requests; it has kept the CSTO “at arm’s length.” Russia is trying to bolster the CSTO, not leave it. The 2009 cable argued against engaging the CSTO, not for it.",
    evidence: [
      {
        paragraphId: "p07",
        quote:
          "Moscow’s effort could reflect fundamental policy shift: thus far, Russia has been largely hostile to US activities in Central Asia, especially in the security realm.",
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
      "Suppose Moscow's push is the “ploy” the article mentions. What would moving the NDN's arrangements into the CSTO most likely do to the Pentagon's current deals?",
    choices: [
      {
        id: "a",
        text: "Strengthen them, by adding a second channel alongside each bilateral agreement",
        correct: false,
      },
      {
        id: "b",
        text: "Leave them untouched, because the CSTO has no members on the supply routes",
        correct: false,
      },
      {
        id: "c",
        text: "Hand them over to NATO instead of the Pentagon",
        correct: false,
      },
      {
        id: "d",
        text: "Weaken the bilateral agreements the Pentagon has with each country involved",
        correct: true,
      },
    ],
    explanation:
      "Today the Pentagon has “bilateral agreements with all of the countries involved,” and the ploy reading says Moscow's effort is “designed to weaken bilateral relationships that the United States has established with Central Asian states.” Replacing country-by-country deals with one agreement “within the CSTO,” a Russia-led body, would therefore undercut those bilateral ties. It would replace them rather than add a second channel alongside each one, so it would neither strengthen them nor leave them untouched. The deals would not pass to NATO either: NATO is not proposed as the new channel; the CSTO is.",
    evidence: [
      {
        paragraphId: "p05",
        quote: "the Pentagon has bilateral agreements with all of the countries involved",
      },
      {
        paragraphId: "p07",
        quote: "a ploy designed to weaken bilateral relationships",
      },
      { paragraphId: "p06", quote: "it’s better to have it within the CSTO" },
    ],
    tags: ["bilateral-relations", "northern-distribution-network", "pentagon", "russian-strategy"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-article-decides-softening-or-ploy",
    type: "true-false",
    prompt:
      "True or false: The article decides whether Moscow's push for cooperation is a genuine softening or a ploy.",
    answer: false,
    explanation:
      "False. The article gives both readings, “could be seen as a softening” and “also could be interpreted as a ploy,” and moves on with “Whatever the case.” Its point is that Russia's position “becomes more complicated” either way. Readers may take the ploy reading, mentioned second, as the verdict. Zagorski's closing warning about direct US ties fits that reading, but the article never declares either one correct.",
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
    level: "analysis",
  },
  {
    id: "q-why-us-might-prefer-bilateral-ndn-deals",
    type: "single-choice",
    prompt:
      "Based on the article, why might the United States prefer its current supply-route arrangements to Buzhinsky's proposed agreement within the CSTO?",
    choices: [
      {
        id: "a",
        text: "Because the CSTO already manages the network, so a new agreement would add nothing",
        correct: false,
      },
      {
        id: "b",
        text: "Because the 2009 cable says NATO should stop engaging with Russia altogether",
        correct: false,
      },
      {
        id: "c",
        text: "Because direct deals keep the US's own bilateral ties, while a CSTO agreement would lend the Moscow-initiated CSTO the legitimacy the 2009 cable warns against",
        correct: true,
      },
      {
        id: "d",
        text: "Because Uzbekistan and Turkmenistan have asked the United States to work through the CSTO",
        correct: false,
      },
    ],
    explanation:
      "The Pentagon already has “bilateral agreements with all of the countries involved,” and the 2009 cable warns that NATO engagement with the CSTO “could enhance the legitimacy of what may be a waning organization.” A single agreement “within the CSTO” would put a Moscow-initiated body between Washington and its partners and lend it the legitimacy the cable warns against, while direct deals keep the US's own ties. The CSTO does not already manage the network, since that is the role Russia is pushing for. The cable does not tell NATO to stop engaging with Russia: it supports NATO engagement with Russia and objects only to engaging the CSTO. Uzbekistan is distancing itself from the CSTO and Turkmenistan is not a member, so neither is asking the US to work through it.",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "Currently, the Pentagon has bilateral agreements with all of the countries involved.",
      },
      { paragraphId: "p06", quote: "it’s better to have it within the CSTO" },
      {
        paragraphId: "p12",
        quote:
          "NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization",
      },
    ],
    tags: ["northern-distribution-network", "bilateral-relations", "wikileaks-cable", "pentagon"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-cloze-zagorski-situation-reversed",
    type: "cloze",
    prompt: "Complete Andrei Zagorski's warning.",
    text: "“Now, we say: ‘You have a problem there, we can help.’ When the coalition leaves Afghanistan, the situation will be {{1}} – Russia will need help.”",
    accept: [["reversed", "inverted", "turned around"]],
    explanation:
      "Zagorski says the situation “will be reversed”: today Russia offers help, but after the coalition leaves Russia itself “will need help.” An answer like “improved” or “resolved” misses his point. He expects Russia's position to get harder, which matches the article's view that Russia's position “becomes more complicated.”",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "When the coalition leaves Afghanistan, the situation will be reversed – Russia will need help",
      },
    ],
    tags: ["andrei-zagorski", "afghanistan-drawdown", "russian-strategy"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-russia-position-simpler-as-us-interest-wanes",
    type: "true-false",
    prompt:
      "True or false: The article says that as US interest in Afghanistan wanes, Russia's position becomes simpler.",
    answer: false,
    explanation:
      "False. The article says “as the US interest in Afghanistan wanes, Russia’s position becomes more complicated.” One might expect a US exit to free Russia's hand. The article argues the reverse: Russia now offers help, but once the coalition leaves, Russia will be the one needing help.",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "as the US interest in Afghanistan wanes, Russia’s position becomes more complicated",
      },
    ],
    tags: ["russian-strategy", "afghanistan-drawdown", "united-states"],
    difficulty: 1,
    level: "understanding",
  },
  {
    id: "q-zagorski-reversal-meaning",
    type: "single-choice",
    prompt:
      "What does Andrei Zagorski mean when he says the situation “will be reversed” once the coalition leaves Afghanistan?",
    choices: [
      {
        id: "a",
        text: "The United States will start asking the CSTO to run the Northern Distribution Network.",
        correct: false,
      },
      {
        id: "b",
        text: "Today Russia offers to help with a problem in Afghanistan; afterwards Russia itself will need help.",
        correct: true,
      },
      {
        id: "c",
        text: "The Taliban will stop being a threat to Central Asia once foreign troops are gone.",
        correct: false,
      },
      {
        id: "d",
        text: "Russia will go back to being hostile to US activities in Central Asia.",
        correct: false,
      },
    ],
    explanation:
      "Zagorski contrasts “Now, we say: ‘You have a problem there, we can help’” with the future, when “Russia will need help.” The roles of helper and helped swap, so Russia's bargaining position weakens. The article never predicts the US asking the CSTO to run the NDN; that is what Russia wants. The Russian think-tank report expects the Taliban threat to grow after the withdrawal, not fade. Russia's earlier hostility is mentioned in p07, but Zagorski's “reversal” is about who needs whose help.",
    evidence: [
      {
        paragraphId: "p08",
        quote: "“Now, we say: ‘You have a problem there, we can help.’",
      },
      { paragraphId: "p08", quote: "Russia will need help" },
    ],
    tags: ["andrei-zagorski", "russian-strategy", "afghanistan-drawdown"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-order-ndn-push-to-zagorski-warning",
    type: "ordering",
    prompt:
      "Put these steps in the order the article takes them, from Russia's NDN proposal to Zagorski's warning.",
    items: [
      "Russia pushes for the CSTO to gain a role in managing the Northern Distribution Network.",
      "Buzhinsky argues that the network would work better through cooperation with the CSTO.",
      "The article asks whether Moscow's effort is a softening or a ploy.",
      "Zagorski warns that after the coalition leaves, Russia will need help.",
    ],
    explanation:
      "The proposal (p05) comes first, then Buzhinsky's argument for it (p06). The article then steps back to ask what Moscow's effort means (p07) and closes with Zagorski's point that Russia's position is getting harder (p08). Zagorski's warning is easy to place too early. It comes after the article has weighed the “softening” and “ploy” readings, as its “Whatever the case” signals.",
    evidence: [
      { paragraphId: "p05", quote: "Russia also is pushing for the CSTO to gain a role" },
      {
        paragraphId: "p06",
        quote:
          "“It would be much more effective if it was done on the basis of cooperation with the CSTO,”",
      },
      { paragraphId: "p07", quote: "Moscow’s effort could reflect fundamental policy shift" },
      { paragraphId: "p08", quote: "Whatever the case" },
    ],
    tags: ["northern-distribution-network", "yevgeny-buzhinsky", "andrei-zagorski"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-order-policy-shift-argument",
    type: "ordering",
    prompt: "Put the steps of the article's “policy shift” paragraph in order.",
    items: [
      "Russia has been largely hostile to US activities in Central Asia.",
      "Moscow is now attempting to expand cooperation.",
      "This could be seen as a softening of Russia's opposition.",
      "It could also be a ploy to weaken US bilateral relationships in the region.",
    ],
    explanation:
      "The paragraph first sets out the background, Russia's largely hostile stance. Against that background, the new attempt at cooperation looks like a change, so the article reads it first as a softening and then, with “But it also could be interpreted,” as a ploy. The ploy reading is the article's second interpretation, not its first, and neither reading is declared correct: the next paragraph begins “Whatever the case.”",
    evidence: [
      {
        paragraphId: "p07",
        quote: "thus far, Russia has been largely hostile to US activities in Central Asia",
      },
      {
        paragraphId: "p07",
        quote:
          "So an attempt at expanding cooperation could be seen as a softening of that opposition. But it also could be interpreted as a ploy",
      },
    ],
    tags: ["russian-strategy", "bilateral-relations", "central-asia"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-match-readings-of-russian-aims",
    type: "matching",
    prompt: "Match each reading of Russia's aims or the CSTO to what it claims.",
    pairs: [
      {
        left: "The “softening” reading",
        right: "Russia is easing its opposition to US security activities in Central Asia.",
      },
      {
        left: "The “ploy” reading",
        right:
          "Russia wants to weaken the bilateral relationships the US has built with Central Asian states.",
      },
      {
        left: "Zagorski's “reversed” remark",
        right: "Russia offers help now but will need help after the coalition leaves.",
      },
      {
        left: "The 2009 State Department cable",
        right:
          "The CSTO is a Moscow-supported tool to obstruct US policy goals in the former Soviet Union.",
      },
    ],
    explanation:
      "The softening and ploy readings are the article's two interpretations of Moscow's push (p07). Zagorski's remark is about Russia losing its position as the helper (p08). The cable gives the US officials' view of the CSTO as an obstacle to US goals (p10). The ploy reading and the cable are easy to confuse, since both suspect Moscow. The ploy targets US bilateral ties with Central Asian states, while the cable describes the CSTO itself as a tool against US policy across the former Soviet Union.",
    evidence: [
      { paragraphId: "p07", quote: "could be seen as a softening of that opposition" },
      {
        paragraphId: "p07",
        quote: "a ploy designed to weaken bilateral relationships",
      },
      { paragraphId: "p08", quote: "the situation will be reversed – Russia will need help" },
      {
        paragraphId: "p10",
        quote:
          "US officials see the CSTO as a Moscow-supported tool designed to obstruct the United States from achieving its policy goals in the former Soviet Union",
      },
    ],
    tags: ["russian-strategy", "us-skepticism", "wikileaks-cable", "andrei-zagorski"],
    difficulty: 3,
    level: "analysis",
  },
];
