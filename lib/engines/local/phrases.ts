import type { SupportPolicy } from "@/lib/policy/schema";

/**
 * The local engine's own sentences in the languages it answers in: English, Spanish, French and German. These are
 * the words the engine writes itself (greetings, "Does that answer your question?", the framing of proposals, the
 * handoff notice); knowledge articles and tool results stay as written, in English, and a reply in another language
 * says so before quoting them. None of these sentences states a fact about the store: no amount, no date, no
 * deadline, so translating them cannot change what a reply promises.
 *
 * `phrase(lang, key, vars)` fills `{name}` placeholders from `vars`; an unknown language falls back to English.
 */
export const PHRASE_LANGUAGES = ["en", "es", "fr", "de"] as const;
export type PhraseLanguage = (typeof PHRASE_LANGUAGES)[number];

const EN = {
  greeting_reply: "Hi! I'm {assistant}, {store} AI assistant. How can I help you today?",
  feedback_thanks:
    "Thank you, that's kind of you to say! I'll make sure the team sees it. Is there anything else I can help with?",
  sorry: "I'm sorry about the trouble, and I understand this is frustrating.",
  does_that_answer: "Does that answer your question? If not, I can connect you with a person.",
  talk_to_person_hint: `If you'd like a person to take this over, just say "talk to a person".`,
  anything_else: "Is there anything else I can help with?",
  need_order_number:
    "To {action}, I'll need your order number. You'll find it in your order confirmation email and under Orders in your account.",
  action_check_order: "check on your order",
  action_cancel_order: "cancel an order",
  action_change_order: "change an order",
  have_order_number: "Thanks, I have your order number, {orders}.",
  articles_in_english: "",
  source: `Source: {where}`,
  also_relevant: "Also relevant:",
  stale_source: `Please note: "{title}" was last updated on {updated} and may be out of date, so a person can confirm the details if it matters.`,
  product_unavailable:
    "I can't look up product details such as prices, specifications or stock here yet, and I'd rather not guess. The product page has them, or a person can help: just say \"talk to a person\".",
  proposal_intro: "Here's what I'll do:",
  proposal_question: "Shall I go ahead?",
  proposal_yes: "Yes, do it",
  proposal_no: "No",
  proposal_declined: "All right, I won't make that change. Is there anything else I can help with?",
  handoff_notice:
    "I'm handing this conversation to a member of our support team. They'll see everything we've discussed, so you won't need to repeat yourself. You can keep writing here while you wait.",
  no_answer: `I don't have a policy that answers that, and I'd rather not guess. I can connect you with a person who can help: just say "talk to a person" or use the button below.`,
  product_price: "The {name} is {price}.",
  product_price_from: "The {name} starts at {price}.",
  product_options: "Options: {options}.",
  product_out_of_stock: "out of stock",
  product_none_in_stock: "It is out of stock in every option right now.",
  delivery_delivered: "Order {order} was delivered on {date}{carrier}.",
  delivery_delivered_undated: "Order {order} has been delivered{carrier}.",
  delivery_delivered_missing: "If you can't find it, tell me and I'll help you from there.",
  delivery_shipped: "Order {order} shipped on {date}{carrier}{method}{tracking}.",
  delivery_in_transit: "Order {order} is on its way{carrier}{method}{tracking}.",
  delivery_not_shipped: "Order {order} hasn't shipped yet: {status}.",
  delivery_status_pending: "we have it and are checking payment",
  delivery_status_processing: "it's being prepared in our warehouse",
  delivery_cancelled: "Order {order} was cancelled, so it won't be delivered.",
  delivery_returned: "Order {order} was returned to us.",
  delivery_estimate: "The estimated delivery date is {date} ({weekday}).",
  delivery_in_time: "That's in time for {asked}.",
  delivery_too_late:
    "That's after {asked}, so it may not arrive in time; a person can look at faster options with you.",
  delivery_no_estimate: "I can't see a delivery estimate for it, so I can't promise it will arrive by {asked}.",
  delivery_no_estimate_plain: "I can't see a delivery estimate for it yet.",
  delivery_by_carrier: " by {carrier}",
  delivery_with_carrier: " with {carrier}",
  delivery_method: " ({method})",
  delivery_tracking: ", tracking number {tracking}",
} as const;

export type PhraseKey = keyof typeof EN;
export const PHRASE_KEYS = Object.keys(EN) as PhraseKey[];

const ES: Partial<Record<PhraseKey, string>> = {
  greeting_reply: "¡Hola! Soy {assistant}, el asistente de IA de {storeName}. ¿En qué puedo ayudarte hoy?",
  feedback_thanks: "¡Gracias, es muy amable! Me aseguraré de que el equipo lo vea. ¿Puedo ayudarte con algo más?",
  sorry: "Siento mucho las molestias y entiendo que es frustrante.",
  does_that_answer: "¿Responde esto a tu pregunta? Si no, puedo ponerte en contacto con una persona.",
  talk_to_person_hint: `Si prefieres que una persona se encargue, solo di "hablar con una persona".`,
  anything_else: "¿Puedo ayudarte con algo más?",
  need_order_number:
    "Para {action}, necesito tu número de pedido. Lo encontrarás en el correo de confirmación del pedido y en Pedidos, en tu cuenta.",
  action_check_order: "consultar tu pedido",
  action_cancel_order: "cancelar un pedido",
  action_change_order: "cambiar un pedido",
  have_order_number: "Gracias, ya tengo tu número de pedido, {orders}.",
  articles_in_english: "Nuestros artículos de ayuda están en inglés, así que te los cito tal como están escritos:",
  source: "Fuente: {where}",
  also_relevant: "También es relevante:",
  stale_source: `Ten en cuenta que "{title}" se actualizó por última vez el {updated} y puede no estar al día; una persona puede confirmar los detalles si es importante.`,
  product_unavailable:
    'Todavía no puedo consultar aquí detalles de productos como precios, especificaciones o existencias, y prefiero no adivinar. La página del producto los tiene, o una persona puede ayudarte: solo di "hablar con una persona".',
  proposal_intro: "Esto es lo que haré:",
  proposal_question: "¿Quieres que lo haga?",
  proposal_yes: "Sí, hazlo",
  proposal_no: "No",
  proposal_declined: "De acuerdo, no haré ese cambio. ¿Puedo ayudarte con algo más?",
  handoff_notice:
    "Voy a pasar esta conversación a una persona de nuestro equipo de soporte. Verá todo lo que hemos hablado, así que no tendrás que repetir nada. Puedes seguir escribiendo aquí mientras esperas.",
  no_answer: `No tengo una política que responda a eso y prefiero no adivinar. Puedo ponerte en contacto con una persona que te ayude: solo di "hablar con una persona" o usa el botón de abajo.`,
  product_price: "El {name} cuesta {price}.",
  product_price_from: "El {name} cuesta desde {price}.",
  product_options: "Opciones: {options}.",
  product_out_of_stock: "agotado",
  product_none_in_stock: "Ahora mismo está agotado en todas las opciones.",
  delivery_delivered: "El pedido {order} se entregó el {date}{carrier}.",
  delivery_delivered_undated: "El pedido {order} ya se entregó{carrier}.",
  delivery_delivered_missing: "Si no lo encuentras, dímelo y te ayudo.",
  delivery_shipped: "El pedido {order} se envió el {date}{carrier}{method}{tracking}.",
  delivery_in_transit: "El pedido {order} está en camino{carrier}{method}{tracking}.",
  delivery_not_shipped: "El pedido {order} aún no se ha enviado: {status}.",
  delivery_status_pending: "lo tenemos y estamos comprobando el pago",
  delivery_status_processing: "lo estamos preparando en nuestro almacén",
  delivery_cancelled: "El pedido {order} se canceló, así que no se entregará.",
  delivery_returned: "El pedido {order} nos fue devuelto.",
  delivery_estimate: "La fecha estimada de entrega es el {date} ({weekday}).",
  delivery_in_time: "Llega a tiempo para {asked}.",
  delivery_too_late:
    "Es después de {asked}, así que puede que no llegue a tiempo; una persona puede ver contigo opciones más rápidas.",
  delivery_no_estimate: "No veo una fecha estimada de entrega, así que no puedo prometer que llegue para {asked}.",
  delivery_no_estimate_plain: "Todavía no veo una fecha estimada de entrega.",
  delivery_by_carrier: " por {carrier}",
  delivery_with_carrier: " con {carrier}",
  delivery_tracking: ", número de seguimiento {tracking}",
};

const FR: Partial<Record<PhraseKey, string>> = {
  greeting_reply:
    "Bonjour ! Je suis {assistant}, l'assistant IA de {storeName}. Comment puis-je vous aider aujourd'hui ?",
  feedback_thanks:
    "Merci, c'est très aimable ! Je m'assure que l'équipe le voie. Puis-je vous aider pour autre chose ?",
  sorry: "Je suis désolé pour ce problème, et je comprends que ce soit frustrant.",
  does_that_answer:
    "Est-ce que cela répond à votre question ? Sinon, je peux vous mettre en relation avec une personne.",
  talk_to_person_hint: `Si vous préférez qu'une personne prenne le relais, dites simplement "parler à une personne".`,
  anything_else: "Puis-je vous aider pour autre chose ?",
  need_order_number:
    "Pour {action}, j'ai besoin de votre numéro de commande. Vous le trouverez dans l'e-mail de confirmation de commande et dans Commandes, sur votre compte.",
  action_check_order: "vérifier votre commande",
  action_cancel_order: "annuler une commande",
  action_change_order: "modifier une commande",
  have_order_number: "Merci, j'ai votre numéro de commande, {orders}.",
  articles_in_english: "Nos articles d'aide sont en anglais, je les cite donc tels qu'ils sont rédigés :",
  source: "Source : {where}",
  also_relevant: "À voir aussi :",
  stale_source: `Attention : "{title}" a été mis à jour pour la dernière fois le {updated} et n'est peut-être plus à jour ; une personne peut confirmer les détails si c'est important.`,
  product_unavailable:
    'Je ne peux pas encore consulter ici les détails des produits comme les prix, les caractéristiques ou le stock, et je préfère ne pas deviner. La page du produit les indique, ou une personne peut vous aider : dites simplement "parler à une personne".',
  proposal_intro: "Voici ce que je vais faire :",
  proposal_question: "Dois-je continuer ?",
  proposal_yes: "Oui, allez-y",
  proposal_no: "Non",
  proposal_declined: "D'accord, je ne fais pas ce changement. Puis-je vous aider pour autre chose ?",
  handoff_notice:
    "Je transmets cette conversation à un membre de notre équipe d'assistance. Il verra tout ce que nous avons échangé, vous n'aurez donc rien à répéter. Vous pouvez continuer à écrire ici en attendant.",
  no_answer: `Je n'ai pas de politique qui réponde à cela, et je préfère ne pas deviner. Je peux vous mettre en relation avec une personne qui pourra vous aider : dites simplement "parler à une personne" ou utilisez le bouton ci-dessous.`,
  product_price: "Le {name} coûte {price}.",
  product_price_from: "Le {name} est à partir de {price}.",
  product_options: "Options : {options}.",
  product_out_of_stock: "en rupture de stock",
  product_none_in_stock: "Il est en rupture de stock dans toutes les options pour le moment.",
  delivery_delivered: "La commande {order} a été livrée le {date}{carrier}.",
  delivery_delivered_undated: "La commande {order} a été livrée{carrier}.",
  delivery_delivered_missing: "Si vous ne la trouvez pas, dites-le-moi et je vous aiderai.",
  delivery_shipped: "La commande {order} a été expédiée le {date}{carrier}{method}{tracking}.",
  delivery_in_transit: "La commande {order} est en route{carrier}{method}{tracking}.",
  delivery_not_shipped: "La commande {order} n'est pas encore expédiée : {status}.",
  delivery_status_pending: "nous l'avons reçue et vérifions le paiement",
  delivery_status_processing: "elle est en préparation dans notre entrepôt",
  delivery_cancelled: "La commande {order} a été annulée, elle ne sera donc pas livrée.",
  delivery_returned: "La commande {order} nous a été retournée.",
  delivery_estimate: "La date de livraison estimée est le {date} ({weekday}).",
  delivery_in_time: "C'est à temps pour {asked}.",
  delivery_too_late:
    "C'est après {asked}, elle risque donc de ne pas arriver à temps ; une personne peut voir avec vous des options plus rapides.",
  delivery_no_estimate:
    "Je ne vois pas de date de livraison estimée, je ne peux donc pas promettre qu'elle arrivera pour {asked}.",
  delivery_no_estimate_plain: "Je ne vois pas encore de date de livraison estimée.",
  delivery_by_carrier: " par {carrier}",
  delivery_with_carrier: " avec {carrier}",
  delivery_tracking: ", numéro de suivi {tracking}",
};

const DE: Partial<Record<PhraseKey, string>> = {
  greeting_reply: "Hallo! Ich bin {assistant}, der KI-Assistent von {storeName}. Wie kann ich Ihnen heute helfen?",
  feedback_thanks:
    "Danke, das ist sehr nett! Ich sorge dafür, dass das Team es sieht. Kann ich Ihnen sonst noch helfen?",
  sorry: "Es tut mir leid, dass es Probleme gibt, und ich verstehe, dass das ärgerlich ist.",
  does_that_answer: "Beantwortet das Ihre Frage? Wenn nicht, kann ich Sie mit einer Person verbinden.",
  talk_to_person_hint: `Wenn eine Person übernehmen soll, sagen Sie einfach "mit einer Person sprechen".`,
  anything_else: "Kann ich Ihnen sonst noch helfen?",
  need_order_number:
    "Um {action}, brauche ich Ihre Bestellnummer. Sie finden sie in der Bestellbestätigung per E-Mail und unter Bestellungen in Ihrem Konto.",
  action_check_order: "Ihre Bestellung zu prüfen",
  action_cancel_order: "eine Bestellung zu stornieren",
  action_change_order: "eine Bestellung zu ändern",
  have_order_number: "Danke, ich habe Ihre Bestellnummer, {orders}.",
  articles_in_english: "Unsere Hilfeartikel sind auf Englisch, daher zitiere ich sie so, wie sie geschrieben sind:",
  source: "Quelle: {where}",
  also_relevant: "Ebenfalls relevant:",
  stale_source: `Bitte beachten Sie: "{title}" wurde zuletzt am {updated} aktualisiert und ist vielleicht nicht mehr aktuell; eine Person kann die Details bestätigen, wenn es darauf ankommt.`,
  product_unavailable:
    'Produktdetails wie Preise, technische Daten oder Lagerbestand kann ich hier noch nicht nachsehen, und ich möchte nicht raten. Die Produktseite hat sie, oder eine Person hilft Ihnen: sagen Sie einfach "mit einer Person sprechen".',
  proposal_intro: "Das werde ich tun:",
  proposal_question: "Soll ich das machen?",
  proposal_yes: "Ja, bitte",
  proposal_no: "Nein",
  proposal_declined: "In Ordnung, ich nehme diese Änderung nicht vor. Kann ich Ihnen sonst noch helfen?",
  handoff_notice:
    "Ich übergebe dieses Gespräch an ein Mitglied unseres Support-Teams. Es sieht alles, was wir besprochen haben, Sie müssen also nichts wiederholen. Sie können hier weiterschreiben, während Sie warten.",
  no_answer: `Dazu habe ich keine Richtlinie, und ich möchte nicht raten. Ich kann Sie mit einer Person verbinden, die Ihnen hilft: sagen Sie einfach "mit einer Person sprechen" oder nutzen Sie die Schaltfläche unten.`,
  product_price: "{name} kostet {price}.",
  product_price_from: "{name} gibt es ab {price}.",
  product_options: "Varianten: {options}.",
  product_out_of_stock: "nicht vorrätig",
  product_none_in_stock: "Derzeit ist es in keiner Variante vorrätig.",
  delivery_delivered: "Die Bestellung {order} wurde am {date}{carrier} zugestellt.",
  delivery_delivered_undated: "Die Bestellung {order} wurde{carrier} zugestellt.",
  delivery_delivered_missing: "Wenn Sie sie nicht finden, sagen Sie es mir, und ich helfe Ihnen weiter.",
  delivery_shipped: "Die Bestellung {order} wurde am {date}{carrier}{method} verschickt{tracking}.",
  delivery_in_transit: "Die Bestellung {order} ist unterwegs{carrier}{method}{tracking}.",
  delivery_not_shipped: "Die Bestellung {order} ist noch nicht verschickt: {status}.",
  delivery_status_pending: "sie ist eingegangen und wir prüfen die Zahlung",
  delivery_status_processing: "sie wird in unserem Lager vorbereitet",
  delivery_cancelled: "Die Bestellung {order} wurde storniert und wird daher nicht zugestellt.",
  delivery_returned: "Die Bestellung {order} wurde an uns zurückgeschickt.",
  delivery_estimate: "Das voraussichtliche Lieferdatum ist der {date} ({weekday}).",
  delivery_in_time: "Das ist rechtzeitig für {asked}.",
  delivery_too_late:
    "Das ist nach {asked}, sie kommt also vielleicht nicht rechtzeitig an; eine Person kann mit Ihnen schnellere Optionen prüfen.",
  delivery_no_estimate:
    "Ich sehe kein voraussichtliches Lieferdatum und kann daher nicht versprechen, dass sie bis {asked} ankommt.",
  delivery_no_estimate_plain: "Ich sehe noch kein voraussichtliches Lieferdatum.",
  delivery_by_carrier: " von {carrier}",
  delivery_with_carrier: " mit {carrier}",
  delivery_tracking: ", Sendungsnummer {tracking}",
};

const TABLES: Record<PhraseLanguage, Partial<Record<PhraseKey, string>>> = { en: EN, es: ES, fr: FR, de: DE };

/** The language the local engine answers in for a triage language code: es, fr, de, or English for any other. */
export function replyLanguage(language: string | null | undefined): PhraseLanguage {
  const code = (language ?? "").toLowerCase().slice(0, 2);
  return (PHRASE_LANGUAGES as readonly string[]).includes(code) ? (code as PhraseLanguage) : "en";
}

/**
 * One of the engine's own sentences in `lang` (a triage language code; anything but es/fr/de is English), with
 * `{name}` placeholders filled from `vars`. A sentence without a translation falls back to English.
 */
export function phrase(lang: string, key: PhraseKey, vars: Record<string, string | number> = {}): string {
  const template = TABLES[replyLanguage(lang)][key] ?? EN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A text the policy file defines (the handoff notice, the no-answer text) in the customer's language: the policy's
 * own words in English, the engine's translation of their meaning in Spanish, French and German. The translations
 * say what the demo policy says; a store that rewrites those texts in policies/support-policy.yaml should review
 * them here too.
 */
export function policyText(policy: SupportPolicy, key: "handoff_notice" | "no_answer", lang: string): string {
  const language = replyLanguage(lang);
  if (language === "en") return policy.disclosure[key];
  return phrase(language, key);
}

const WEEKDAYS: Record<PhraseLanguage, readonly string[]> = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  es: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  de: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
};

/** The weekday of a YYYY-MM-DD date, in `lang`. */
export function weekdayName(isoDate: string, lang: string): string {
  return WEEKDAYS[replyLanguage(lang)][new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
}
