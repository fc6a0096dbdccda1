/** Training utterances for returns, refunds and billing. See orders.ts for how to extend them. */
export const RETURNS = `
how do I return something
I want to return my boots
how do I return a jacket that doesn't fit
what's your return policy
can I return an item I bought 3 weeks ago
I need a return label
how many days do I have to return
can I exchange for a different size
the boots are too small, can I swap them
how do I send back an item
can I return worn shoes
return window?
I'd like to exchange my jacket for a larger size
can I return a gift
do I have to pay for return shipping
I lost the tags, can I still return it
can I return a final sale item
where do I drop off my return
I want to exchange the color
how do returns work
start a return for order NW-100314
I received the wrong size and want to exchange it
is it too late to return after 40 days
return policy for sale items
can I return part of my order
how do I print the return label
can I return this tent, it's not what I expected
retun my order
how do i retrun stuff
wanna send these pants back
these don't fit, how do I swap them
can I exchange for a different product
do you accept returns on used gear
I want to return the sleeping bag
the jacket doesn't suit me, how can I return it
I'd like to send it back
quiero devolver unas botas
¿cómo hago una devolución?
quiero cambiar la talla de unas botas que ya recibí
je voudrais retourner un article
comment faire un retour ?
ich möchte einen Artikel zurückschicken
wie funktioniert die Rücksendung
Umtausch in eine andere Größe möglich?
is it free to return stuff
do returns cost anything
how do I return items from my order
devolver unas zapatillas
puis-je retourner ces chaussures
je voudrais échanger contre une taille plus grande
ich möchte die Jacke zurückgeben
kann ich die Stiefel umtauschen
`;

export const REFUND = `
where is my refund
I haven't received my refund yet
when will I get my money back
how long do refunds take
I returned my item two weeks ago and still no refund
can I get a refund
I want a refund
refund status for order NW-100042
you owe me money
I sent the return back, where's my money
I want my money back
will I be refunded to my credit card
can I get a refund instead of an exchange
refund hasn't shown up on my card
do you refund shipping costs
how much will I get back
I was promised a refund
partial refund please
can you refund me for the broken item
refund to paypal?
still waiting on my refund
why was my refund smaller than expected
can you process my refund
the refund went to the wrong card
I got store credit but wanted a refund
refund please
can i haz refund
wheres my refnd
refund not recieved
gimme my money back
when does the refund hit my account
refund for cancelled order
I cancelled and still haven't got the money back
can I be reimbursed
you said 3 days for the refund, it's been a week
the item arrived damaged, I want a refund
quiero un reembolso
¿cuándo recibiré mi reembolso?
je veux être remboursé
où est mon remboursement ?
ich möchte mein Geld zurück
wann bekomme ich meine Rückerstattung
your warehouse got my return, so where's the refund
when do I get my money after returning
devuélvanme el dinero
le remboursement n'est pas arrivé
remboursez-moi s'il vous plaît
Erstattung noch nicht erhalten
wo ist mein Geld
`;

export const BILLING = `
I was charged twice
there's a charge I don't recognize
why was my card charged
what payment methods do you accept
do you take PayPal
can I pay with Apple Pay
my card was declined
my payment didn't go through
can I get an invoice for my order
I need a receipt
why is there a pending charge on my card
you charged me the wrong amount
can I pay in installments
do you accept bitcoin
how do I use a gift card
what's my gift card balance
my promo code doesn't work
can I apply a discount code after ordering
the price dropped after I bought it, can I get the difference
do you price match
I was overcharged
charged for shipping even though it should be free
double charged for order NW-100042
can I change the card on my order
how do I update my billing address
tax on my order looks wrong
do you take amex
i got billed 2x
wrong amount charged
can I split payment between two cards
coupon code not accepted
I need a VAT invoice for my company
do you accept cheques
how do I buy a gift card
does my gift card expire
my bank shows two payments
me cobraron dos veces
¿aceptan PayPal?
necesito una factura
j'ai été débité deux fois
quels moyens de paiement acceptez-vous
mir wurde doppelt abgebucht
ich brauche eine Rechnung
my card gets declined
the discount wasn't applied to my order
¿aceptan tarjetas de crédito?
je voudrais un reçu
Rechnung für meine Bestellung bitte
kann ich mit Kreditkarte zahlen
`;
