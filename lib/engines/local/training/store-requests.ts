import type { Intent } from "@/lib/policy/schema";

/**
 * More training lines, written by the team for request families the first lines covered thinly: the plain
 * "how do I / I need help to …" requests of an online store's help centre (signing up, newsletters, invoices and
 * bills, payment options, cancellation fees, buying something, delivery options and times, leaving a review),
 * the words customers use for them ("purchase" for an order, "bill" for an invoice, "compensation" for a refund)
 * and mild profanity. Written in our own words; see corpus.ts for the rules.
 */
export const STORE_REQUESTS: Partial<Record<Intent, string>> = {
  order_status: `
how long before the things I bought reach me
how long is it going to take for my parcel to get here
what's the expected arrival date for the stuff I bought
I need to know when my purchase will be delivered
can you check how far along my purchase is
is my purchase on its way yet
how soon will the things I ordered arrive
tell me the delivery date for my purchase please
I want to follow my parcel, how can I do that
where can I see the progress of my purchase
what's going on with the package I bought last week
I bought something on Monday, when does it get to me
any ETA on the stuff I bought?
can you give me an update on my purchase 
my purchase still hasn't turned up, where is it
help me locate the stuff I bought
`,
  order_change: `
I need to take one product out of my purchase
could you remove an item from my purchase before it ships
I want to add another item to the purchase I just made
how can I edit the items in my purchase
please update my purchase, I picked the wrong size
is it possible to modify a purchase after checkout
I want to change the quantity in my purchase
help me change what's in my order before you send it
can I still alter my purchase, it hasn't shipped
I'd like to replace one product in my pending purchase with another one
need to fix a mistake in my purchase, wrong colour selected
how do I take something off my order
I ordered two by accident, please make it one
`,
  cancel_order: `
I'd like to call off my purchase
please cancel the purchase I made this morning
help me cancel a purchase I no longer need
how do I cancel a purchase
I don't want the purchase anymore, cancel it
can you help me cancel purchase 55120984
I need to cancel an order I placed by mistake
stop my purchase from being sent, I changed my mind
cancel my purchase right now please
i wanna cancel my damn order
`,
  shipping: `
which ways can you deliver to me
which shipping options can I choose from
do you have express or next day delivery
what are my options for getting it delivered
how much does standard shipping cost
can I pick a faster delivery option
what shipping carriers do you use
is there a cheaper slower shipping option
show me the available delivery options
do you deliver on saturdays
what kinds of shipment are available for my country
is delivery to Canada something you do
can I get things delivered to Ireland
shipments to Mexico, is that possible
do you send orders to other countries
can I order from abroad and have it shipped here
where do I put the address you should send my stuff to
how do I add a shipping address
where do I enter the address you should ship to
can I save a second address to ship things to
how long does shipping usually take to the west coast
what's your usual delivery time for standard shipping
how many business days is express delivery
`,
  refund: `
I'd like my money returned for the broken lamp
I was charged for something I sent back, I want that money returned
please give me back what I paid
send my money back to my card
I need a reimbursement for a missing item
how do I request money back for an order
when will the refund for my return land in my account
I still don't see the money you said you'd send back
has the credit for my returned item been sent
I want compensation for the money I paid
how do I get my money back for this purchase
I'm owed a reimbursement, how do I claim it
can I claim back the amount I paid
how can I ask for a refund of my purchase
I'm expecting a refund of $45, has it gone through
has my reimbursement been processed yet
I'm still waiting for the compensation you promised
what's the status of the money you owe me back
any news on my refund of 60 dollars
can you check if my refund was issued
explain how refunds work at your store
in which cases do I get my money back
is there a money back guarantee
what are the rules for getting a refund
I want a damn refund
`,
  billing: `
my payment is not going through on my card
there seems to be an issue with the payment for my order
payment problem on my account, please help
I tried to pay and it didn't work, is there a problem on your side with payments
what does it cost to cancel
where can I find my invoice
I need a copy of the invoice for my last purchase
can you send me the bill for my order
how do I download my invoices
where are my bills in my account
I need the invoice with my company name on it
could you show me my billing history
I want to look at the bill for order 4471
which payment methods do you accept
can I pay with paypal or apple pay
what forms of payment can I use
do you take debit cards
is paying in installments possible
list the ways I can pay please
my payment won't go through
I'm having trouble paying for my order
the payment keeps failing at the last step
there's a problem with my payment, it was rejected
I need to report a problem with a payment I made
something went wrong with my payment, who do I tell
my card payment didn't work, what can I do
I have a payment issue on my last order
is there a fee if I cancel
how much does it cost to cancel my subscription early
do you charge a cancellation fee
what's the penalty for ending my plan early
are there any charges for cancelling an order
will I be charged a fee for early termination
`,
  account: `
how do I create an account
I want to sign up for an account
can you help me register on your site
I'd like to open a new account with you
how do I make a profile
I can't sign up, the registration won't finish
I get an error when I try to register
the sign up form won't accept my details
I never got the email to confirm my registration
I'm having issues creating my account
how do I close my account
I'd like my profile erased for good, close it
I want to remove my profile permanently
how can I switch to a different account
I want to change from a personal to a business account
how do I log out and use my other account
I forgot my password, how do I reset it
I need to recover my password
how do I change my email on my profile
I'd like to update my personal details
please add my email to your mailing list
how do I sign up for your newsletter
take me off the newsletter emails
stop sending me marketing emails
I get too many promotional emails, how do I opt out
can I change how often I get your newsletter
`,
  product: `
I'm ready to buy, how does ordering work here
what are the steps to order from you
can you walk me through buying a stove
I want to order a couple of your rain jackets
how do I get one of these delivered to me, I want to buy it
I'd love to pick up a few items from your range
can I put in an order for the green backpack
need help ordering some gear for a camping trip
i want 2 of the wool socks how do i order them
buying for the first time, how does it work
I want to buy a few things, how do I place an order
how do I order something from your shop
can you help me buy this jacket
I'm looking to buy a handful of things
how do I make a purchase on your website
I want to place an order for two tents
help me order a sleeping bag
I'd like to get some of your products, where do I start
can I order by phone
I want to buy a gift for my brother, what do you suggest
how can I get hold of one of your backpacks
I'd like to shop for a new tent, can you help
is it possible to buy this online or only in store
where do I go to buy your products
`,
  complaint: `
I have a complaint to make
this is a complaint about the way my order was handled
I'm writing to complain about the late delivery
I'm unhappy with the service and want it on record
who do I speak to about making a complaint
your service has been awful and I want to complain formally
I want to file a complaint about your service
what's the process for lodging a complaint
I need to make a formal complaint
I'm not happy with how I was treated and want to complain
where do I send a complaint
I want to report a bad experience with your staff
I want to raise a grievance about my last order
I want to take this further and make an official complaint
I'd like to submit a complaint about the delivery driver
your customer service was rude and I want to complain
`,
  feedback: `
I want to leave a review for a product
how can I write a review
where do I rate the things I bought
I'd like to give my opinion about your service
can I post a comment about my purchase
I want to share my thoughts on the boots I got
is there a place to give feedback about your store
I'd like to leave a rating for my order
`,
  human_request: `
what's the best way to reach your support people
what's your customer support phone number
I need to contact your support team
what are your customer service hours
how can I reach customer support
is there an email for customer service
can I chat with a customer service representative
I need to talk to someone from customer service
`,
  other: `
what's the capital of australia
how do I bake bread
set an alarm for six tomorrow
what's a good movie to watch tonight
how many calories are in an apple
tell me about the history of rome
book me a table for two tonight
what's the exchange rate for yen
how do I change a flat tire
`,
};
