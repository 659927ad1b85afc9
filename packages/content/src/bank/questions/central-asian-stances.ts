import type { QuestionInput } from "./question-input.ts";

/**
 * p13–p16: wariness inside the CSTO, Uzbekistan's distancing and Karimov,
 * Turkmenistan outside the CSTO but active in the Commonwealth of Independent States, and Zagorski's reading of
 * what Moscow expects from the region.
 */
export const centralAsianStancesQuestions: QuestionInput[] = [
  {
    id: "q-uzbekistan-recent-move",
    type: "single-choice",
    prompt: "What has Uzbekistan done lately, according to the article?",
    choices: [
      {
        id: "a",
        text: "It has increased its activity in the Commonwealth of Independent States.",
        correct: false,
      },
      {
        id: "b",
        text: "It has distanced itself from the CSTO, declining to take part in the recent exercises.",
        correct: true,
      },
      {
        id: "c",
        text: "It has formally withdrawn from the CSTO.",
        correct: false,
      },
      {
        id: "d",
        text: "It has asked Moscow to handle its relations with Washington.",
        correct: false,
      },
    ],
    explanation:
      "The article says Uzbekistan “has lately been distancing itself from the CSTO, declining to participate in the recent exercises.” Greater activity in the Commonwealth of Independent States is what Zagorski says about Turkmenistan. “Distancing” is not the same as leaving: Zagorski says Karimov still “has to decide if he wants to be a true ally, or if he will leave.” Asking Moscow to handle its relations with Washington is the opposite of what the article expects, since Central Asian leaders “seem likely to resist” that.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Uzbekistan, a key US partner in Central Asia, has lately been distancing itself from the CSTO, declining to participate in the recent exercises",
      },
    ],
    tags: ["uzbekistan", "csto", "central-asian-stances"],
    difficulty: 1,
    level: "understanding",
  },
  {
    id: "q-turkmenistan-not-csto-member",
    type: "true-false",
    prompt:
      "True or false: Turkmenistan, a former Soviet state that borders Afghanistan, is not a member of the CSTO.",
    answer: true,
    explanation:
      "True. The article notes that Turkmenistan “isn’t even a CSTO member.” Do not confuse it with Uzbekistan, which is a member but has been distancing itself from the CSTO. Turkmenistan's link to the Russian-led institutions is through the Commonwealth of Independent States, where Zagorski says it has become more active.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Another formerly Soviet state that borders Afghanistan – Turkmenistan — isn’t even a CSTO member.",
      },
    ],
    tags: ["turkmenistan", "csto", "central-asian-stances"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-uzbekistan-key-russian-partner",
    type: "true-false",
    prompt: "True or false: The article calls Uzbekistan a key Russian partner in Central Asia.",
    answer: false,
    explanation:
      "False. The article calls Uzbekistan “a key US partner in Central Asia.” Uzbekistan belongs to the Russia-led CSTO, which makes the mistake tempting, but it has been distancing itself from that alliance. Zagorski says its president is “trying to be a bridge to the West.”",
    evidence: [{ paragraphId: "p13", quote: "Uzbekistan, a key US partner in Central Asia" }],
    tags: ["uzbekistan", "united-states", "central-asian-stances"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-obstacles-to-nato-csto-cooperation",
    type: "multiple-choice",
    prompt:
      "Which of these does the article present as obstacles to NATO–CSTO cooperation? Select all that apply.",
    choices: [
      { id: "a", text: "US skepticism about Russia's intentions", correct: true },
      {
        id: "b",
        text: "Wariness among some CSTO members about closer organizational ties",
        correct: true,
      },
      { id: "c", text: "Uzbekistan's distancing from the CSTO", correct: true },
      {
        id: "d",
        text: "NATO's demand for a formal relationship with the CSTO",
        correct: false,
      },
      {
        id: "e",
        text: "Russia's refusal to discuss the Northern Distribution Network",
        correct: false,
      },
    ],
    explanation:
      "The article says “It’s not just US skepticism that is hindering NATO-CSTO cooperation, some members of the Russia-led alliance are also wary,” and gives Uzbekistan's distancing from the CSTO as the example, so US skepticism, the members' wariness and Uzbekistan's distancing are all obstacles. It is Moscow, not NATO, that wants a formal relationship: “We want NATO to have a formal relationship with the CSTO,” says Zagorski. Far from refusing to discuss the NDN, Russia is pushing for a CSTO role in it, and Buzhinsky led the initial Russian discussions on it.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "It’s not just US skepticism that is hindering NATO-CSTO cooperation, some members of the Russia-led alliance are also wary of closer organizational ties",
      },
      {
        paragraphId: "p13",
        quote: "has lately been distancing itself from the CSTO",
      },
      {
        paragraphId: "p14",
        quote: "We want NATO to have a formal relationship with the CSTO.",
      },
    ],
    tags: ["nato-csto-cooperation", "central-asian-stances", "us-skepticism", "uzbekistan"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-why-uzbekistan-resists-moscow-channel",
    type: "single-choice",
    prompt:
      "Based on the article, why might Uzbekistan resist having its relations with Washington channelled through Moscow?",
    choices: [
      {
        id: "a",
        text: "Because it is not a member of the CSTO",
        correct: false,
      },
      {
        id: "b",
        text: "Because it has been increasing its activity in the Commonwealth of Independent States",
        correct: false,
      },
      {
        id: "c",
        text: "Because its president has decided to become Russia's true ally",
        correct: false,
      },
      {
        id: "d",
        text: "Because it is a key US partner whose president, in Zagorski's words, is trying to be a bridge to the West",
        correct: true,
      },
    ],
    explanation:
      "Uzbekistan is “a key US partner in Central Asia,” it has been “distancing itself from the CSTO,” and Zagorski says Karimov “is trying to be a bridge to the West.” A state with its own direct ties to Washington has reason not to route them through Moscow. It is Turkmenistan that is not a CSTO member and that has been more active in the Commonwealth of Independent States, so not being a CSTO member and growing CIS activity describe the wrong country. The claim that Karimov has decided to become Russia's true ally reverses Zagorski: he says Karimov “has to decide” whether to be a true ally, which means he has not yet chosen.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.",
      },
      { paragraphId: "p13", quote: "Uzbekistan, a key US partner in Central Asia" },
      { paragraphId: "p15", quote: "He is trying to be a bridge to the West" },
    ],
    tags: ["uzbekistan", "islam-karimov", "central-asian-stances", "bilateral-relations"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-waning-csto-and-uzbekistan",
    type: "single-choice",
    prompt:
      "The 2009 cable calls the CSTO possibly “a waning organization.” Which development reported later in the article fits that description best?",
    choices: [
      {
        id: "a",
        text: "Turkmenistan has been increasing its activity in the Commonwealth of Independent States.",
        correct: false,
      },
      {
        id: "b",
        text: "Russia is pushing for the CSTO to gain a role in managing the Northern Distribution Network.",
        correct: false,
      },
      {
        id: "c",
        text: "Uzbekistan has been distancing itself from the CSTO, declining to take part in the recent exercises.",
        correct: true,
      },
      {
        id: "d",
        text: "Russian policy planners see NATO–CSTO cooperation as essential.",
        correct: false,
      },
    ],
    explanation:
      "An organization is waning when it loses strength or support. A member such as Uzbekistan distancing itself from the CSTO and staying away from its exercises is the clearest sign of that. Turkmenistan's growing activity in the Commonwealth of Independent States points the other way: Zagorski reads it as a sign that Turkmenistan “needs support.” Russia's push for an NDN role and the planners' views show Moscow trying to strengthen the CSTO, which is not evidence that it is fading. Note also that the push and the planners' views come before the cable in the article.",
    evidence: [
      { paragraphId: "p12", quote: "what may be a waning organization" },
      {
        paragraphId: "p13",
        quote:
          "has lately been distancing itself from the CSTO, declining to participate in the recent exercises",
      },
    ],
    tags: ["wikileaks-cable", "uzbekistan", "csto", "central-asian-stances"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-cloze-turkmenistan-cis",
    type: "cloze",
    prompt: "Fill in the organisation in which Turkmenistan has become more active.",
    text: "Turkmenistan has recently been increasing its activity in the {{1}}, under whose auspices the CSTO operates.",
    accept: [
      ["Commonwealth of Independent States", "CIS", "Commonwealth of Independent States (CIS)"],
    ],
    explanation:
      "Zagorski says Turkmenistan has been more active in the Commonwealth of Independent States (CIS). The CSTO is the wrong answer: the sentence itself says the CSTO operates under the Commonwealth's auspices, and Turkmenistan “isn’t even a CSTO member.”",
    evidence: [
      {
        paragraphId: "p16",
        quote:
          "has recently been increasing its activity in the Commonwealth of Independent States, under whose auspices the CSTO operates",
      },
    ],
    tags: ["turkmenistan", "cis", "central-asian-stances"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-cloze-zagorski-formal-relationship",
    type: "cloze",
    prompt: "Complete what Zagorski says Moscow wants from NATO.",
    text: "“We want NATO to have a {{1}} relationship with the CSTO. Most of the CSTO countries don’t want this to happen.”",
    accept: [["formal"]],
    explanation:
      "Moscow wants a formal NATO–CSTO relationship, an official tie between the two organisations, not just informal contact. Most CSTO countries oppose exactly this. That is why Zagorski says the CSTO “will be a problem, politically, for Russia.”",
    evidence: [
      {
        paragraphId: "p14",
        quote:
          "We want NATO to have a formal relationship with the CSTO. Most of the CSTO countries don’t want this to happen.",
      },
    ],
    tags: ["andrei-zagorski", "nato-csto-cooperation", "csto"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-csto-members-stand-in-moscows-way",
    type: "true-false",
    prompt:
      "True or false: Zagorski's remarks suggest that the CSTO's own members, and not only the United States, stand in the way of the formal NATO–CSTO relationship Moscow wants.",
    answer: true,
    explanation:
      "True. Zagorski says “We want NATO to have a formal relationship with the CSTO. Most of the CSTO countries don’t want this to happen,” and concludes that the CSTO “will be a problem, politically, for Russia.” This matches the article's point that “It’s not just US skepticism” hindering cooperation. A reader might assume the only obstacle is Washington, but Zagorski places part of the problem inside Russia's own alliance.",
    evidence: [
      {
        paragraphId: "p14",
        quote: "Most of the CSTO countries don’t want this to happen.",
      },
      { paragraphId: "p14", quote: "“The CSTO will be a problem, politically, for Russia,”" },
      {
        paragraphId: "p13",
        quote: "It’s not just US skepticism that is hindering NATO-CSTO cooperation",
      },
    ],
    tags: ["andrei-zagorski", "csto", "central-asian-stances", "nato-csto-cooperation"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-zagorski-moscow-channel",
    type: "single-choice",
    prompt:
      "According to Zagorski, through what is Moscow seeking to channel its cooperation with NATO?",
    choices: [
      { id: "a", text: "The CSTO", correct: true },
      { id: "b", text: "The Commonwealth of Independent States", correct: false },
      { id: "c", text: "Bilateral agreements with each Central Asian state", correct: false },
      { id: "d", text: "The Northern Distribution Network", correct: false },
    ],
    explanation:
      "Zagorski says: “Moscow is seeking to channel its cooperation with NATO through the CSTO.” The Commonwealth of Independent States is the umbrella under which the CSTO operates, but Moscow wants cooperation to run through the CSTO itself. Bilateral agreements are the US approach, the Pentagon's deals with each country, which Moscow wants to move away from. The NDN is one area where Russia wants the CSTO to gain a role, not the channel itself.",
    evidence: [
      {
        paragraphId: "p14",
        quote: "Moscow is seeking to channel its cooperation with NATO through the CSTO.",
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
      "Which of these does Zagorski say about Uzbekistan and its president, Islam Karimov? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "He has to decide if he wants to be a true ally, or if he will leave.",
        correct: true,
      },
      { id: "b", text: "He is trying to be a bridge to the West.", correct: true },
      {
        id: "c",
        text: "The western concept of imposing democracy in Uzbekistan, as in Libya, Egypt and Saudi Arabia, is going nowhere.",
        correct: true,
      },
      {
        id: "d",
        text: "He has increased Uzbekistan's activity in the Commonwealth of Independent States.",
        correct: false,
      },
      { id: "e", text: "He has already decided to leave the CSTO.", correct: false },
    ],
    explanation:
      "Zagorski says Karimov “has to decide if he wants to be a true ally, or if he will leave,” that he “is trying to be a bridge to the West,” and that “the western concept of imposing democracy in Uzbekistan, Libya, Egypt, Saudi Arabia, is going nowhere.” Increased activity in the Commonwealth of Independent States is what Zagorski says about Turkmenistan. The claim that Karimov has already decided to leave the CSTO contradicts Zagorski: if Karimov still has to decide, he has not already decided to leave.",
    evidence: [
      {
        paragraphId: "p15",
        quote: "Karimov has to decide if he wants to be a true ally, or if he will leave.",
      },
      {
        paragraphId: "p15",
        quote:
          "He is trying to be a bridge to the West, but he doesn’t realize that this is the wrong concept",
      },
      {
        paragraphId: "p15",
        quote:
          "the western concept of imposing democracy in Uzbekistan, Libya, Egypt, Saudi Arabia, is going nowhere",
      },
    ],
    tags: ["islam-karimov", "andrei-zagorski", "uzbekistan"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-moscow-belief-about-central-asian-states",
    type: "single-choice",
    prompt: "What belief does Moscow appear to be operating under, according to the article?",
    choices: [
      {
        id: "a",
        text: "NATO will soon accept the CSTO as a formal partner.",
        correct: false,
      },
      {
        id: "b",
        text: "The Taliban will not expand after the coalition withdraws.",
        correct: false,
      },
      {
        id: "c",
        text: "Central Asian states will come around and decide they need Russia's protection.",
        correct: true,
      },
      {
        id: "d",
        text: "The United States will hand the Northern Distribution Network over to the CSTO.",
        correct: false,
      },
    ],
    explanation:
      "The article says “Moscow appears to be operating under the belief that Central Asian states will come around and decide they need Russia’s protection.” NATO has so far kept the CSTO “at arm’s length,” and the article expects Moscow may “settle for something less,” so it does not say Moscow believes NATO will soon accept the CSTO as a formal partner. The Russian think-tank report predicts the Taliban will expand, the opposite of the claim that the Taliban will not expand. A US handover of the NDN to the CSTO is what Russia is pushing for, not something it believes will simply happen.",
    evidence: [
      {
        paragraphId: "p15",
        quote:
          "Moscow appears to be operating under the belief that Central Asian states will come around and decide they need Russia’s protection.",
      },
    ],
    tags: ["russian-strategy", "central-asian-stances", "central-asia"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-turkmenistan-understands-it-needs-support",
    type: "true-false",
    prompt:
      "True or false: Zagorski says that Turkmenistan also understands that it needs support.",
    answer: true,
    explanation:
      "True. Zagorski says “Turkmenistan also understands that it needs support,” and points to its increasing activity in the Commonwealth of Independent States. This fits Moscow's belief that Central Asian states will decide they need Russia's protection, even though Turkmenistan is not a CSTO member.",
    evidence: [
      { paragraphId: "p16", quote: "“Turkmenistan also understands that it needs support,”" },
    ],
    tags: ["turkmenistan", "andrei-zagorski", "central-asian-stances"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-cis-under-csto-auspices",
    type: "true-false",
    prompt:
      "True or false: The article says the Commonwealth of Independent States operates under the auspices of the CSTO.",
    answer: false,
    explanation:
      "False, because the relationship is the other way round. The article describes the Commonwealth of Independent States as the body “under whose auspices the CSTO operates.” The CSTO works under the Commonwealth's umbrella, not the Commonwealth under the CSTO. This is why Turkmenistan's activity in the Commonwealth of Independent States matters to Moscow even though Turkmenistan is outside the CSTO.",
    evidence: [
      {
        paragraphId: "p16",
        quote: "the Commonwealth of Independent States, under whose auspices the CSTO operates",
      },
    ],
    tags: ["cis", "csto"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-match-central-asian-details",
    type: "matching",
    prompt: "Match each description to the country, person or organisation it refers to.",
    pairs: [
      {
        left: "Key US partner that declined to take part in the recent CSTO exercises",
        right: "Uzbekistan",
      },
      {
        left: "Former Soviet state bordering Afghanistan that is not a CSTO member",
        right: "Turkmenistan",
      },
      {
        left: "Leader who, Zagorski says, is trying to be a bridge to the West",
        right: "Islam Karimov",
      },
      {
        left: "Body in which Turkmenistan has been increasing its activity",
        right: "Commonwealth of Independent States",
      },
    ],
    explanation:
      "Uzbekistan is the US partner distancing itself from the CSTO (p13). Turkmenistan borders Afghanistan and “isn’t even a CSTO member” (p13) but is more active in the Commonwealth of Independent States (p16). Karimov, Uzbekistan's president, is the leader Zagorski describes as trying to be a bridge to the West (p15). The two countries are the easiest to swap. Uzbekistan is inside the CSTO but pulling away, while Turkmenistan is outside it but drawing closer through the Commonwealth of Independent States.",
    evidence: [
      {
        paragraphId: "p13",
        quote: "Uzbekistan, a key US partner in Central Asia, has lately been distancing itself",
      },
      { paragraphId: "p13", quote: "Turkmenistan — isn’t even a CSTO member" },
      { paragraphId: "p15", quote: "He is trying to be a bridge to the West" },
      {
        paragraphId: "p16",
        quote:
          "Turkmenistan, Zagorski added, has recently been increasing its activity in the Commonwealth of Independent States",
      },
    ],
    tags: ["uzbekistan", "turkmenistan", "islam-karimov", "cis", "central-asian-stances"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-order-central-asia-section",
    type: "ordering",
    prompt:
      "Put these points about the Central Asian states in the order the article presents them.",
    items: [
      "Some members of the Russia-led alliance are wary of closer organizational ties.",
      "Zagorski says the CSTO will be a problem, politically, for Russia.",
      "Moscow appears to believe Central Asian states will decide they need Russia's protection.",
      "Zagorski says Turkmenistan has been increasing its activity in the Commonwealth of Independent States.",
    ],
    explanation:
      "The section opens with the members' wariness (p13). Zagorski's comment that the CSTO will be a political problem follows (p14), then Moscow's belief that the region will come around, illustrated by Karimov (p15), and finally Turkmenistan's activity in the Commonwealth of Independent States (p16). Moscow's belief can look like a starting assumption, but the article brings it in only after setting out the obstacles.",
    evidence: [
      { paragraphId: "p13", quote: "some members of the Russia-led alliance are also wary" },
      { paragraphId: "p14", quote: "“The CSTO will be a problem, politically, for Russia,”" },
      {
        paragraphId: "p15",
        quote:
          "Moscow appears to be operating under the belief that Central Asian states will come around",
      },
      {
        paragraphId: "p16",
        quote:
          "has recently been increasing its activity in the Commonwealth of Independent States",
      },
    ],
    tags: ["central-asian-stances", "andrei-zagorski", "russian-strategy"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-why-zagorski-mentions-turkmenistan",
    type: "single-choice",
    prompt:
      "Why does Zagorski point to Turkmenistan's increasing activity in the Commonwealth of Independent States?",
    choices: [
      {
        id: "a",
        text: "As proof that Turkmenistan has joined the CSTO",
        correct: false,
      },
      {
        id: "b",
        text: "As a sign that Turkmenistan understands it needs support, in line with Moscow's belief that the region will come to need Russia",
        correct: true,
      },
      {
        id: "c",
        text: "As evidence that Turkmenistan is distancing itself from Russia",
        correct: false,
      },
      {
        id: "d",
        text: "As an example of a key US partner resisting Moscow",
        correct: false,
      },
    ],
    explanation:
      "Right after describing Moscow's belief that Central Asian states “will come around and decide they need Russia’s protection,” Zagorski adds that Turkmenistan is more active in the Commonwealth of Independent States and “also understands that it needs support.” He offers it as a case that fits Moscow's expectation. Turkmenistan “isn’t even a CSTO member,” so he cannot be offering proof that it has joined. Drawing closer through the Commonwealth of Independent States is the opposite of distancing itself from Russia. The key US partner resisting Moscow is Uzbekistan, not Turkmenistan.",
    evidence: [
      {
        paragraphId: "p16",
        quote: "“Turkmenistan also understands that it needs support,” he said.",
      },
      {
        paragraphId: "p15",
        quote: "Central Asian states will come around and decide they need Russia’s protection",
      },
    ],
    tags: ["turkmenistan", "andrei-zagorski", "russian-strategy", "cis"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-order-member-wariness-argument",
    type: "ordering",
    prompt:
      "Put the points of the article's paragraph on wary CSTO members in the order the paragraph presents them.",
    items: [
      "US skepticism is not the only thing hindering NATO–CSTO cooperation.",
      "Central Asian leaders seem likely to resist redirecting their relations with Washington through Moscow.",
      "Uzbekistan has been distancing itself from the CSTO.",
      "Turkmenistan, which also borders Afghanistan, isn't even a CSTO member.",
    ],
    explanation:
      "The paragraph widens the argument beyond US skepticism, then states the general expectation that Central Asian leaders will resist. It gives Uzbekistan as the particular case (“In particular”) and ends with Turkmenistan, which is not even in the alliance (“Another formerly Soviet state…”). Turkmenistan is easy to place before Uzbekistan. The article uses it last, as the strongest example: Uzbekistan is pulling away, and Turkmenistan was never in.",
    evidence: [
      {
        paragraphId: "p13",
        quote: "It’s not just US skepticism that is hindering NATO-CSTO cooperation",
      },
      {
        paragraphId: "p13",
        quote: "Central Asian leaders seem likely to resist any effort to redirect their relations",
      },
      { paragraphId: "p13", quote: "In particular, Uzbekistan" },
      { paragraphId: "p13", quote: "Another formerly Soviet state that borders Afghanistan" },
    ],
    tags: ["central-asian-stances", "uzbekistan", "turkmenistan", "us-skepticism"],
    difficulty: 2,
    level: "understanding",
  },
];
