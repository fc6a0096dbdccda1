/**
 * Cue words for the intent classifier, grouped by what they signal, in English, Spanish, French and German.
 * Each group becomes one extra feature ("k:person", "k:invoice"...) whenever any of its words occurs, so that
 * what the model learns from "manager" in one training line also applies to "supervisor", "encargado" or
 * "Vorgesetzter" in a message it has never seen. The groups are a prior on which words mean the same thing, not
 * rules: the model learns from the training lines how much each group counts and for which intent, and a group
 * with no effect in training gets no weight.
 *
 * Entries are matched on folded words (lowercase, no accents, ß → ss, French elision dropped) and separated by
 * commas. A trailing * lets the last word have any ending ("refund*" covers "refunded", "refunds"); without it
 * the whole word must match. An entry of several words matches only those words in that order.
 */
const GROUPS: Record<string, string> = {
  // Asking for a person, and the people one can ask for.
  person: `human*, person, persons, people, personne*, persona, personas, mensch*, agent, agents, agente, agentes,
    rep, reps, representative*, representante*, operator*, operador*, operateur*, supervisor*, superviseur*,
    manager*, gerente*, boss, encargad*, responsable*, vorgesetzt*, chef, mitarbeiter*, conseiller*,
    ansprechpartner*, someone, somebody, alguien, quelqu'un, jemand*, staff, colleague*, human being,
    real person`,
  bot: `bot, bots, robot*, chatbot*, machine, ai, automated, automatic*, script, ia, ki`,
  speak: `talk*, speak*, spoke, hablar, hable, hablo, parler, parle, sprechen, spreche, rede, reden, discuss*,
    besprechen, call, callback, phone*, ring, llam*, llamada, telefon*, appel*, rappel*, zuruckruf*, anruf*,
    anrufen`,
  handover: `transfer*, connect*, escalat*, pasa, pasame, pase, passez, passer, verbind*, weiterleit*, put me through,
    hand me over, hand over, take over`,
  // Account security.
  breach: `hack*, gehackt*, hackea*, pirat*, compromis*, compromet*, hijack*, takeover, phish*, scam*, fraud*,
    fraude, betrug*, estafa*, arnaque*, unauthori*, stolen, stole, steal*, robad*, robo, robaron, gestohlen*, vole,
    volee, suspicious, sospechos*, suspect*, verdacht*, verdachtig*, identity theft, leak*, breach*, impersonat*,
    fake`,
  notme: `wasn't me, isn't me, not me, not the one, not mine, isn't mine, never added, didn't add, didn't request*,
    never requested, didn't ask for, don't own, never made, didn't make, didn't authori*, never placed, never ordered,
    without my permission, sin mi permiso, sans mon autorisation, ohne mein*, war ich nicht, no fui yo,
    etait pas moi, don't recogni*, didn't recogni*, not recogni*, unrecogni*, unknown`,
  // Money.
  refund: `refund*, refnd*, reembols*, rembours*, erstatt*, ruckerstatt*, reimburs*, money back, geld zuruck, dinero,
    argent, mon argent, my money, compensat*, restitution*, rebate*, indemniz*, entschadig*`,
  charge: `charg*, cobr*, cobrado, debit*, debite, abgebucht*, belast*, billed, bill, overcharg*, berechnet*,
    facturad*`,
  invoice: `invoice*, receipt*, factura*, facture*, rechnung*, recibo*, recu, quittung*, vat, tva, iva, statement*,
    beleg*, bill, bills`,
  fee: `fee, fees, penalt*, surcharge*, cargo, cargos, frais, gebuhr*, comision*, early termination, cancellation fee*`,
  payment: `pay, paid, paying, payment*, pago*, pagar, paie*, paiement*, payer, zahl*, bezahl*, card, cards, tarjeta*,
    carte, karte*, kreditkarte*, paypal, klarna, afterpay, visa, mastercard, amex, installment*, instalment*,
    financing, plazos, transfer bancaire, virement, uberweisung*, declined, rechaz*, refuse*, abgelehnt*`,
  discount: `promo*, coupon*, discount*, voucher*, descuento*, cupon*, reduction*, rabatt*, gutschein*, code, codigo,
    codes, price match*, price adjust*, sale price`,
  giftcard: `gift card*, giftcard*, tarjeta regalo, carte cadeau, geschenkkarte*, gutschein*, egift*`,
  // Orders and their life.
  returns: `return*, retun*, retrun*, devol*, devuelv*, retour*, retourn*, ruckgab*, rucksend*, zurucksend*,
    zuruckschick*, zuruckgeb*, send back, send it back, exchange*, swap*, echang*, umtausch*, tausch*,
    cambio de talla`,
  cancel: `cancel*, cancl*, cancle*, canel, anul*, annul*, storn*, void, abort, call off, scrap`,
  change: `chang*, chnage, modif*, edit*, updat*, amend*, correct*, fix, cambiar, cambia, corregir, andern, ander,
    aendern, aktualisier*, korrigier*, wrong, falsch*, equivoque, mauvaise, erreur`,
  address: `address*, adress*, direccion*, adresse*, postcode, zip, postal, apartment, apt, street, calle, rue,
    strasse, hausnummer*, lieferadresse*, domicilio`,
  where: `where, wheres, where's, donde, ou est, ou en est, wo, track*, tracking, seguimiento*, suivi,
    sendungsverfolgung*, status,
    estado, statut, eta, arrive*, arriving, lleg*, arriv*, ankomm*, angekommen*, still waiting, todavia,
    toujours, noch nicht, hasn't arrived, delivered, entregad*, livre, geliefert*, shipped, enviad*, expedie*,
    verschickt*, versandt*`,
  shipping: `ship, shipping, shipment*, envio*, envios, livraison*, versand*, carrier*, courier*, ups, fedex, dhl, customs, duties,
    duty, aduana*, douane*, zoll*, internationa*, overseas, abroad, express, overnight, expedited, next day,
    delivery options, free shipping`,
  account: `account*, acct, acount, cuenta*, compte*, konto*, kundenkonto*, profile*, perfil*, profil*`,
  signup: `sign up, signup, signing up, register*, registration*, regist*, registr*, inscri*, enroll*, newsletter*,
    subscri*, unsubscri*, suscri*, abonn*, abmeld*, opt out, mailing list`,
  login: `login, log in, logged, sign in, signin, password*, pasword, contrasena*, mot de passe, passwort*, anmeld*,
    einlogg*, iniciar sesion, session*, 2fa, two factor, two step, verification code, username, usuario, pin, passcode*`,
  // The site itself.
  tech: `error*, bug*, buggy, crash*, glitch*, freez*, frozen, blank, 404, 500, 503, loading, load, loads, broken,
    app, website, site, page, webseite*, pagina, web, checkout, button, fehler*, absturz*, sturzt, sturz,
    plante, bloqu*, no carga, no funciona, funktioniert nicht, ne marche pas, ne fonctionne pas, spinning,
    timeout`,
  // Buying.
  buy: `buy, buying, bought, purchas*, place an order, place order, comprar, compra, acheter, achat, kaufen, kauf,
    bestellen, get some, pick up some, acquir*, shop for`,
  // What is sold.
  product: `size*, sizing, talla*, taille*, grosse*, waterproof*, imperme*, wasserdicht*, warranty*, garant*, stock,
    instock, restock*, material*, fabric, weight, weigh*, peso, poids, gewicht*, recommend*, recomiend*,
    empfehl*, wash*, lav*, clean*, waschen*, care, fit, fits, temperature, rating, colour, color, colours,
    colors`,
  // How the customer feels about it.
  anger: `unacceptable, inacceptable, inaceptable, inakzeptabel, inadmissible, ridiculous, ridicule, terrible, awful,
    horrible, worst, disgust*, furious, angry, livid, pathetic, scandal*, scandaleux, shame*, shameful,
    disgrace*, useless, rip off, ripoff, ripped off, rubbish, junk, garbage, trash, lawyer*, attorney*,
    abogad*, avocat*, anwalt*, court, sue, legal, lawsuit, complain*, complaint*, reclam*, plainte*, beschwer*,
    enttausch*, decepcion*, decepcionad*, decu, decue, disappoint*, unhappy, dissatisf*, mecontent*,
    unzufrieden*, harto, harta, fed up, frustrat*, verargert*, enfadad*, molest*, verguenza, honteux,
    frechheit, zumutung, nightmare, outrageous, appall*`,
  thanks: `thank*, thanx, thx, ty, cheers, gracias, merci, danke*`,
  praise: `great, awesome, amazing, love, loved, loving, lovely,
    excellent*, excelente, genial, super, brilliant, fantastic*, perfect*, perfecto, parfait, toll, impress*,
    kudos, props, appreciat*, happy, contento, contenta, content, zufrieden, bravo, wonderful, stellar`,
  review: `review*, opinion*, comment*, testimonial*, rate, rating, ratings, resena*, opinion, avis, bewertung*,
    rezension*, feedback`,
  suggest: `suggest*, sugerenc*, sugiero, vorschlag*, idea, would be nice, would be great, would love, could add,
    you should, wish, feature request, ce serait bien, estaria bien, ware toll, ware schon, it'd be nice,
    it'd be great`,
  greeting: `hi, hello, hey, hiya, heya, howdy, hola, bonjour, bonsoir, salut, hallo, servus, moin, morning, evening,
    afternoon, buenos, buenas, guten`,
  offtopic: `weather, wetter, meteo, tiempo, joke, jokes, blague, witz, chiste, poem, poema, story, song, recipe,
    receta, movie, music, sport*, game, politic*, election, vote, president, hiring, job, jobs, career*,
    empleo, trabajo, internship*, sponsor*, partnership*, ambassador*, press, journalist, store hours,
    opening hours, filiale, magasin, boutique, physical store`,
};

// Entries are indexed by their first word so that a message is matched in one pass over its words; a regular
// expression per group was several times slower, and training matches every training line.
type Entry = { words: string[]; prefix: boolean; group: string };

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const ELISION = /(?<![\p{L}'])(?:[cdjlmnst]|qu)'(?=\p{L})/gu;

const EXACT = new Map<string, Entry[]>();
const PREFIX = new Map<string, Entry[]>();
for (const [group, list] of Object.entries(GROUPS)) {
  for (const raw of list.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const prefix = entry.endsWith("*");
    const words = (prefix ? entry.slice(0, -1) : entry).split(/\s+/);
    // The prefix applies to the last word; the first word is the index key either way.
    const index = prefix && words.length === 1 ? PREFIX : EXACT;
    const key = words[0]!;
    index.set(key, [...(index.get(key) ?? []), { words, prefix, group }]);
  }
}
const LONGEST_PREFIX = Math.max(...[...PREFIX.keys()].map((key) => key.length));

/** The cue groups present in folded text, in the order they were first seen. */
export function cueGroups(folded: string): string[] {
  // French elision: "d'annuler", "l'appli" are matched as "annuler", "appli".
  const tokens = folded.replace(ELISION, "").match(WORD) ?? [];
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    for (const entry of EXACT.get(token) ?? []) if (matchesAt(tokens, i, entry)) found.add(entry.group);
    for (let length = Math.min(token.length, LONGEST_PREFIX); length >= 2; length--) {
      for (const entry of PREFIX.get(token.slice(0, length)) ?? []) found.add(entry.group);
    }
  });
  return [...found];
}

function matchesAt(tokens: string[], start: number, { words, prefix }: Entry): boolean {
  return words.every((word, k) => {
    const token = tokens[start + k];
    if (token === undefined) return false;
    return prefix && k === words.length - 1 ? token.startsWith(word) : token === word;
  });
}
