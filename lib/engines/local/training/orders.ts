/**
 * Training utterances for the order intents: one per line, written by the team to cover how customers really
 * write (typos, slang, order numbers, Spanish, French and German). Add lines here when a misclassified message
 * turns up in review; never copy lines from held-out.ts, which measures the classifier.
 */
export const ORDER_STATUS = `
where is my order
Where's my order? I ordered last week
has my order shipped yet
can you track my package please
what's the status of order NW-100042
order NW-204518 status?
wheres my stuff
my package still hasnt arrived
when will my order arrive
it's been 10 days and no delivery
tracking hasn't updated in days
my parcel is late
I never got my order, where is it
is my order on its way
any update on my delivery?
the tracking link doesn't show anything
how do I track my order
my order says processing for a week now, what's going on
did you ship order 100231 yet
when is my boots order going to be delivered
I ordered a tent 5 days ago and haven't heard anything
estimated delivery date for my order?
tracking says delivered but no package
ordr status pls
wher is my pakage
yo where's my jacket at
still waiting on my order
can you check on my order NW 300112
has order #145220 been sent
my order hasn't moved since Monday
is my package lost
i need to know when my order comes
my order never arrived
the package was supposed to come yesterday
what does order status pending mean
¿Dónde está mi pedido?
quiero saber el estado de mi pedido NW-100877
mi paquete no ha llegado todavía
où est ma commande ?
je n'ai toujours pas reçu ma commande
suivi de ma commande s'il vous plaît
Wo ist meine Bestellung?
meine Bestellung ist noch nicht angekommen
Sendungsverfolgung für Bestellung NW-100500
I'm still waiting for my sleeping bag
no update on my shipment
can you check where my parcel is
the shipment seems stuck
just checking on the status of my purchase
has anything happened with my order
¿cuándo llega mi pedido?
quand vais-je recevoir mon colis
mon colis n'est pas arrivé
wann wird meine Bestellung geliefert
mein Paket ist noch nicht da
`;

export const ORDER_CHANGE = `
I need to change the shipping address on my order
can I update my delivery address
wrong address on my order, can you fix it
I want to change the size on my order
can I add something to my order
please change the color of the jacket I ordered to green
can I switch my order to express shipping
I moved, please send order NW-100345 to my new address
can you edit my order before it ships
I typed the wrong zip code
change apartment number on my order
can I swap the boots in my order for a size 10
modify my order please
I forgot to add socks to my order, can you add them
can I change the quantity from 2 to 1
update address for order 100923
ship it to my work address instead
I'd like to change the name on my order
please change my order from medium to large
I made a mistake in my order
can I upgrade shipping on an order I already placed
my address is missing the unit number
can you remove one item from my order
change delivery adress pls
chnage my order
I entered my old address by accident
is it possible to change the items in my order
can I change the delivery date
send the package to my mom's house instead
wrong house number on order NW-101200
can I still edit order NW-100777
please update the street name on my order
I want to replace the blue one with the black one in my order
can you change the shipping method on my order to overnight
oops I ordered the wrong size, can you change it before it ships
can I combine two orders into one
quiero cambiar la dirección de envío de mi pedido
puedo cambiar la talla de mi pedido
je voudrais modifier l'adresse de livraison
est-ce que je peux changer la taille dans ma commande
ich möchte die Lieferadresse ändern
kann ich meine Bestellung noch ändern
I need to correct my address
I put the wrong city on my order
me equivoqué de dirección en el pedido
j'ai mis la mauvaise adresse
falsche Adresse bei meiner Bestellung
`;

export const CANCEL_ORDER = `
I want to cancel my order
please cancel order NW-100042
cancel my order
can I cancel an order I just placed
how do I cancel my purchase
I changed my mind, cancel it please
stop my order before it ships
I don't want the order anymore
cancel order 100982
I ordered by mistake, please cancel
can you cancel the tent I ordered
I need to cancel asap
is it too late to cancel my order
cancel the whole order
cancel one item from my order
I accidentally ordered twice, cancel one of them
please don't ship my order, I want to cancel it
how long do I have to cancel
cancle my order
cancell order pls
canel my order now
I found it cheaper elsewhere, cancel my order
kill the order please
nvm don't want it anymore, cancel
can I cancel if it's still processing
I placed a duplicate order, please cancel the second
I want to cancel and get my money back before it ships
please void my order
my order is pending, can I still cancel it
cancel NW-300451 please
I'd like to cancel my recent purchase
I need to stop the shipment of my order
withdraw my order
cancel the order I made this morning
I regret ordering, please cancel
quiero cancelar mi pedido
cancela mi pedido por favor
¿puedo anular mi compra?
je veux annuler ma commande
annulez ma commande s'il vous plaît
ich möchte meine Bestellung stornieren
bitte Bestellung stornieren
cancel this order for me
je voudrais annuler ma commande NW-100300
stornieren Sie bitte meine Bestellung NW-100200
cancelar el pedido NW-100400
`;

export const SHIPPING = `
how much is shipping
do you ship to Canada
how long does shipping take
do you offer free shipping
what's the free shipping minimum
do you ship internationally
can I get overnight delivery
how much does express shipping cost
do you deliver to PO boxes
do you ship to the UK
what carriers do you use
will I have to pay customs fees
are duties included for Europe
how long does delivery take to Australia
do you ship to Alaska
what are your shipping options
how fast can I get it
shipping cost to Germany?
is there expedited shipping
do you ship on weekends
when will my order ship if I order today
do you ship kayaks
how much is shipping for a canoe
can you ship to an APO address
do you deliver to Hawaii
shipping rates?
do u ship to japan
free shiping?
how long does standard delivery take
can I pick up in store
do you ship to Mexico
what's the cutoff time for same day shipping
will my order arrive before Christmas
do you charge for shipping
is shipping free over a certain amount
how much are import taxes for Canada
¿hacen envíos a México?
¿cuánto cuesta el envío?
livrez-vous en France ?
combien coûte la livraison
liefert ihr nach Deutschland?
wie lange dauert der Versand
was kostet der Versand in die Schweiz
which countries do you ship to
do you ship to Spain
how much is delivery to Norway
are there customs charges for Switzerland
¿hacen envíos internacionales?
¿envían a Argentina?
envoyez-vous en Belgique ?
liefern Sie auch ins Ausland
`;
