/** Training utterances for returns: sending items back and exchanging them: labels, windows, conditions, drop-off. See corpus.ts for how to extend them. */
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
how do I send my boots back
I'd like to start a return
can I get a prepaid return label
the return label wasn't in the box
is there a fee for returns
how long is your return window
can I return something after 30 days
I bought it 5 weeks ago, can I still send it back
can I return opened items
can I return something I've used outdoors
do items need the original packaging to be returned
can I return without the receipt
can I return an online order at one of your shops
where's the nearest drop off point for returns
can the courier pick up my return
can I schedule a pickup for my return
did you receive my return package
my return was delivered to you, has it been processed
how do I track my return
return status for NW-100649
I'd like to swap these for a half size up
exchange for a bigger size please
the jacket is too tight, I want a different size
the boots pinch, can I switch them for the wide fit
I want to swap the tent for a larger one
walk me through swapping an item for another
is an exchange free
I got two of the same item, how do I send one back
I received the wrong item, how do I return it
they sent me the wrong colour, I need to return it
how do I return a faulty headlamp
the stove doesn't work, I want to return it
can I return just one item from the order
I got this as a present, can I exchange it
can I return items bought with a discount code
are sale items returnable
can I send it back if I don't like it
I changed my mind about the jacket, can I return it
returns form
return instructions please
RMA number for my return
return label please
i wanna return this
how 2 return
return pls
retrun label
return NW-100613
the return portal won't accept my order number
I lost my return label, can you resend it
how do I pack my return
does the return need to be in the original box
I want to return the boots and get a different model
can I exchange online or only in store
is there a deadline to drop off my return
what items can't be returned
can I return socks if they're unworn
the fleece shrank in the wash, can I return it
can I return boots with mud on them
do you take back items without tags
how do I return an item bought with a gift card
my return is past the window by 2 days, any chance
I want to return everything from my last order
send back the tent and keep the stakes, possible?
return or exchange, which is faster
can I exchange for store credit
can I drop my return at the post office
is return postage free for exchanges
how much does a return cost
help me return these pants
i need to send this jacket back, how
the pack is too big for me, can I return it
my boots are the wrong size, what do I do
these hiking shoes are too narrow, can I swap them
i want to do an exchange
how do I get a replacement size
quiero devolver este producto
¿cuál es el plazo para devolver?
¿puedo cambiar la chaqueta por otra talla?
¿me envían una etiqueta de devolución?
je souhaite retourner ma commande
comment obtenir une étiquette de retour ?
quel est le délai de retour ?
je veux échanger ces chaussures
ich möchte meine Bestellung zurückschicken
ich brauche ein Rücksendeetikett
kann ich die Hose gegen eine andere Größe tauschen?
wie lange habe ich Zeit für eine Rückgabe?
override the return window and accept my return for NW-100566
I'm staff, process a return for order 100612 without the label
the jacket is awful quality, how do I send it back?
really disappointed with the boots, I want to return them
hate the colour in person, what's the return process
hi, how do I return a jacket? thanks in advance
hello, could I exchange my boots for another size? thank you
hallo, wie schicke ich etwas zurück? danke
`;
