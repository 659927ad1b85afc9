import type { QuestionInput } from "./question-input.ts";

/**
 * p13–p16: wariness inside the CSTO, Uzbekistan's distancing and Karimov,
 * Turkmenistan outside the CSTO but active in the Commonwealth of Independent
 * States, and what Moscow expects from the region.
 */
export const centralAsianStancesQuestions: QuestionInput[] = [
  {
    id: "q-obstacles-to-nato-csto-cooperation",
    type: "multiple-choice",
    prompt:
      "Which of these does the article present as standing in the way of NATO–CSTO cooperation? Select all that apply.",
    choices: [
      { id: "a", text: "Washington's doubts about what Russia intends", correct: true },
      { id: "b", text: "Reluctance among some of the alliance's own members", correct: true },
      { id: "c", text: "Moscow's refusal to talk about the supply routes", correct: false },
      { id: "d", text: "A split over how to fight Afghan drug trafficking", correct: true },
      { id: "e", text: "NATO's arm's-length treatment of the CSTO", correct: true },
    ],
    explanation:
      "“It’s not just US skepticism that is hindering NATO-CSTO cooperation, some members of the Russia-led alliance are also wary of closer organizational ties.” On narcotics, “joint action has been stymied over tactical differences.” NATO “has kept the CSTO at arm’s length, rejecting the latter’s requests to work jointly.” Far from refusing to talk about the supply routes, Russia is pushing for a CSTO role in managing them, and Buzhinsky led the initial Russian discussions on their operations.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "It’s not just US skepticism that is hindering NATO-CSTO cooperation, some members of the Russia-led alliance are also wary of closer organizational ties",
      },
      { paragraphId: "p09", quote: "joint action has been stymied over tactical differences" },
      {
        paragraphId: "p02",
        quote:
          "NATO has kept the CSTO at arm’s length, rejecting the latter’s requests to work jointly",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p06",
        quote: "led the initial Russian discussions US planners on NDN’s operations",
      },
    ],
    tags: ["nato-csto-cooperation", "central-asian-stances", "us-skepticism", "narcotics"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-redirect-relations-meaning",
    type: "single-choice",
    prompt:
      "The article says Central Asian leaders seem likely to resist any effort to “redirect their relations with Washington through Moscow.” What would they rather do?",
    choices: [
      {
        id: "a",
        text: "Keep dealing with Washington directly rather than via Moscow",
        correct: true,
      },
      {
        id: "b",
        text: "Route their supply deals through the CSTO rather than the Pentagon",
        correct: false,
      },
      {
        id: "c",
        text: "Let Moscow speak for them in their dealings with Washington",
        correct: false,
      },
      {
        id: "d",
        text: "Cut their ties with Washington and commit fully to the CSTO",
        correct: false,
      },
    ],
    explanation:
      "To redirect relations “through Moscow” would put Russia between each state and Washington, so resisting it means keeping the direct tie. Routing the supply deals through the CSTO is Buzhinsky's proposal, made from the Russian side. Letting Moscow speak for them is the redirection they resist. Cutting ties with Washington fits neither the resistance nor Uzbekistan's standing as “a key US partner in Central Asia.”",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.",
      },
      {
        paragraphId: "p06",
        quote:
          "“The United States needs a solid, universal agreement and it’s better to have it within the CSTO.”",
      },
      { paragraphId: "p13", quote: "Uzbekistan, a key US partner in Central Asia" },
    ],
    tags: ["central-asian-stances", "bilateral-relations", "central-asia"],
    difficulty: 1,
    level: "understanding",
  },
  {
    id: "q-turkmenistan-not-csto-member",
    type: "true-false",
    prompt: "True or false: Turkmenistan, unlike Uzbekistan, does not belong to the CSTO at all.",
    answer: true,
    explanation:
      "True. Uzbekistan is in the alliance but “has lately been distancing itself from the CSTO,” while Turkmenistan “isn’t even a CSTO member.”",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Uzbekistan, a key US partner in Central Asia, has lately been distancing itself from the CSTO",
      },
      {
        paragraphId: "p13",
        quote:
          "Another formerly Soviet state that borders Afghanistan – Turkmenistan — isn’t even a CSTO member.",
      },
    ],
    tags: ["turkmenistan", "uzbekistan", "csto", "central-asian-stances"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-why-uzbekistan-resists-moscow-channel",
    type: "single-choice",
    prompt:
      "Which detail in the article best explains why Uzbekistan would resist having its relations with Washington run through Moscow?",
    choices: [
      { id: "a", text: "It borders Afghanistan and stays outside the CSTO", correct: false },
      {
        id: "b",
        text: "Washington already counts it as a key partner in the region",
        correct: true,
      },
      { id: "c", text: "Its president has settled on being Russia's true ally", correct: false },
      {
        id: "d",
        text: "It is the only state on the supply routes with a Pentagon deal",
        correct: false,
      },
    ],
    explanation:
      "Central Asian leaders “seem likely to resist any effort to redirect their relations with Washington through Moscow,” and Uzbekistan is “a key US partner in Central Asia”: it has its own direct tie to protect. Bordering Afghanistan outside the CSTO describes Turkmenistan. Zagorski says Karimov “has to decide if he wants to be a true ally,” so he has not settled on it. The Pentagon has agreements “with all of the countries involved,” not with one.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.",
      },
      { paragraphId: "p13", quote: "Uzbekistan, a key US partner in Central Asia" },
      {
        paragraphId: "p13",
        quote:
          "Another formerly Soviet state that borders Afghanistan – Turkmenistan — isn’t even a CSTO member.",
      },
      {
        paragraphId: "p15",
        quote: "Karimov has to decide if he wants to be a true ally, or if he will leave.",
      },
      {
        paragraphId: "p05",
        quote: "the Pentagon has bilateral agreements with all of the countries involved",
      },
    ],
    tags: ["uzbekistan", "central-asian-stances", "bilateral-relations"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-waning-csto-and-uzbekistan",
    type: "single-choice",
    prompt:
      "The 2009 cable calls the CSTO possibly “a waning organization.” Which development reported in the article fits that description best?",
    choices: [
      {
        id: "a",
        text: "Moscow wants its cooperation with NATO to go through the CSTO",
        correct: false,
      },
      {
        id: "b",
        text: "Russia wants the CSTO to help manage the routes into Afghanistan",
        correct: false,
      },
      {
        id: "c",
        text: "Moscow believes the region's states will come to need its protection",
        correct: false,
      },
      {
        id: "d",
        text: "A key member stayed away from the alliance's recent exercises",
        correct: true,
      },
    ],
    explanation:
      "An organization that is waning is losing strength or support, and Uzbekistan “has lately been distancing itself from the CSTO, declining to participate in the recent exercises.” Channelling cooperation through the CSTO and a CSTO role on the supply routes are Moscow's plans to give the alliance more to do, not signs of decline. Moscow's belief that the states will “decide they need Russia’s protection” is an expectation, not a development.",
    evidence: [
      { paragraphId: "p12", quote: "what may be a waning organization" },
      {
        paragraphId: "p13",
        quote:
          "has lately been distancing itself from the CSTO, declining to participate in the recent exercises",
      },
      {
        paragraphId: "p14",
        quote: "Moscow is seeking to channel its cooperation with NATO through the CSTO.",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p15",
        quote:
          "Moscow appears to be operating under the belief that Central Asian states will come around and decide they need Russia’s protection.",
      },
    ],
    tags: ["wikileaks-cable", "uzbekistan", "csto", "central-asian-stances"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-zagorski-moscow-channel",
    type: "single-choice",
    prompt:
      "According to Zagorski, through what is Moscow seeking to channel its cooperation with NATO?",
    choices: [
      { id: "a", text: "Its bilateral ties with each Central Asian state", correct: false },
      { id: "b", text: "The Northern Distribution Network", correct: false },
      { id: "c", text: "The CSTO", correct: true },
      { id: "d", text: "The Commonwealth of Independent States", correct: false },
    ],
    explanation:
      "Zagorski says: “Moscow is seeking to channel its cooperation with NATO through the CSTO.” Bilateral agreements with each country are the Pentagon's way of running the supply routes. The Northern Distribution Network is where Russia wants the CSTO to gain a role. The Commonwealth of Independent States is the body under whose auspices the CSTO operates.",
    evidence: [
      {
        paragraphId: "p14",
        quote: "Moscow is seeking to channel its cooperation with NATO through the CSTO.",
      },
      {
        paragraphId: "p05",
        quote:
          "Currently, the Pentagon has bilateral agreements with all of the countries involved.",
      },
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
      {
        paragraphId: "p16",
        quote: "the Commonwealth of Independent States, under whose auspices the CSTO operates",
      },
    ],
    tags: ["andrei-zagorski", "russian-strategy", "csto", "nato"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-zagorski-on-karimov",
    type: "multiple-choice",
    prompt:
      "Which of these does Zagorski say about Uzbekistan's president, Islam Karimov? Select all that apply.",
    choices: [
      { id: "a", text: "He must choose between being a true ally and leaving.", correct: true },
      {
        id: "b",
        text: "He wants Moscow to handle Uzbekistan's ties with Washington.",
        correct: false,
      },
      { id: "c", text: "He is trying to act as a bridge to the West.", correct: true },
      {
        id: "d",
        text: "He has already chosen to take Uzbekistan out of the alliance.",
        correct: false,
      },
      {
        id: "e",
        text: "The western drive to impose democracy is going nowhere.",
        correct: true,
      },
    ],
    explanation:
      "Zagorski says Karimov “has to decide if he wants to be a true ally, or if he will leave,” that “He is trying to be a bridge to the West,” and that “the western concept of imposing democracy in Uzbekistan, Libya, Egypt, Saudi Arabia, is going nowhere.” A leader who still has to decide has not already chosen to leave. The article expects Central Asian leaders to resist redirecting their relations with Washington through Moscow, not to ask for it.",
    evidence: [
      {
        paragraphId: "p15",
        quote: "Karimov has to decide if he wants to be a true ally, or if he will leave.",
      },
      { paragraphId: "p15", quote: "He is trying to be a bridge to the West" },
      {
        paragraphId: "p15",
        quote:
          "the western concept of imposing democracy in Uzbekistan, Libya, Egypt, Saudi Arabia, is going nowhere",
      },
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.",
      },
    ],
    tags: ["islam-karimov", "andrei-zagorski", "uzbekistan"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-cloze-turkmenistan-cis",
    type: "cloze",
    prompt: "Name the organisation (its full name or its abbreviation).",
    text: "According to Zagorski, Turkmenistan has recently been increasing its activity in the {{1}}.",
    accept: [["Commonwealth of Independent States", "CIS"]],
    explanation:
      "“Turkmenistan, Zagorski added, has recently been increasing its activity in the Commonwealth of Independent States.” Turkmenistan “isn’t even a CSTO member.”",
    evidence: [
      {
        paragraphId: "p16",
        quote:
          "Turkmenistan, Zagorski added, has recently been increasing its activity in the Commonwealth of Independent States",
      },
      { paragraphId: "p13", quote: "Turkmenistan — isn’t even a CSTO member" },
    ],
    tags: ["turkmenistan", "cis", "central-asian-stances"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-cis-under-csto-auspices",
    type: "true-false",
    prompt:
      "True or false: The article places the Commonwealth of Independent States under the auspices of the CSTO.",
    answer: false,
    explanation:
      "False: it is the other way round. The article describes the Commonwealth of Independent States as the body “under whose auspices the CSTO operates.”",
    evidence: [
      {
        paragraphId: "p16",
        quote: "the Commonwealth of Independent States, under whose auspices the CSTO operates",
      },
    ],
    tags: ["cis", "csto"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-turkmenistan-fits-moscow-belief",
    type: "true-false",
    prompt:
      "True or false: Zagorski offers Turkmenistan as a case that fits Moscow's expectation that the region's states will come to need Russia.",
    answer: true,
    explanation:
      "True. Moscow believes “Central Asian states will come around and decide they need Russia’s protection.” Zagorski then adds that Turkmenistan has been increasing its activity in the Commonwealth of Independent States and that “Turkmenistan also understands that it needs support.” The word “also” ties the remark to that belief, even though Turkmenistan “isn’t even a CSTO member.”",
    evidence: [
      {
        paragraphId: "p15",
        quote:
          "Moscow appears to be operating under the belief that Central Asian states will come around and decide they need Russia’s protection.",
      },
      {
        paragraphId: "p16",
        quote: "“Turkmenistan also understands that it needs support,” he said.",
      },
      { paragraphId: "p13", quote: "Turkmenistan — isn’t even a CSTO member" },
    ],
    tags: ["turkmenistan", "andrei-zagorski", "russian-strategy", "central-asian-stances"],
    difficulty: 3,
    level: "analysis",
  },
];
