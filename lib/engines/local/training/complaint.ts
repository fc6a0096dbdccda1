/** Training utterances for complaint: strong dissatisfaction with the store, its people or its products, including threats of legal action or bad reviews. See corpus.ts for how to extend them. */
export const COMPLAINT = `
this is the worst service ever
I'm really disappointed with your company
your customer service is terrible
the quality of this jacket is awful
I've been waiting forever and nobody helps me
this is ridiculous, I've contacted you three times
your delivery driver was rude
I'm never shopping here again
the product fell apart after one use
I'm very unhappy with my purchase
this is unacceptable
you people are useless
I want to file a complaint
your staff hung up on me
the boots gave me blisters, terrible quality
I'm so frustrated with this store
nobody answers my emails
you keep giving me the runaround
the item looks nothing like the photos
I'm extremely dissatisfied
worst experience I've ever had shopping online
your return process is a joke
how is this acceptable
I'm fed up with your company
this jacket smells awful and the seams are coming apart
I expected much better from Northwind
the packaging was a mess and everything was dirty
I feel cheated
total waste of money
I am so done with you guys
ur service sucks
this is a scam
very poor quality control
I'm furious about how I was treated
the tent ripped on the first night, what a piece of junk
I had a horrible experience with your support
esto es un pésimo servicio
estoy muy decepcionado con la calidad
c'est inadmissible
je suis très mécontent du service
das ist eine Frechheit
ich bin sehr unzufrieden
my parcel arrived soaked, unacceptable
this is so annoying
the courier was incredibly rude to me
muy mal servicio
quel service nul
furchtbarer Service
I'm extremely unhappy with how this was handled
you've ruined our camping trip
three weeks and no answer, this is pathetic
I've been let down again by your store
this company has gone downhill, shameful
the listing lied about the weight
I feel ripped off
I'm angry that nobody has called me back
nobody reads my emails, it's infuriating
your agent was condescending and rude
the delivery driver damaged my gate and drove off
the stove leaked gas, this is dangerous and unacceptable
if this isn't fixed I'm taking legal action
I'll be contacting my lawyer about this
I'm reporting you to the consumer protection agency
I'm going to post about this everywhere
this is not the service I expect from you
shocking customer service
the worst company I've ever dealt with
absolutely disgusted with this store
I'm livid
so angry right now
this is a nightmare
what a joke of a company
seriously?? again??
unbelievable, late again
done with this store
never again
you guys suck
terrible terrible terrible
rubbish quality
poor service
bad experience
awful
this is outrageous
the product broke within a week, cheap junk
the seams split after two washes, awful quality
the colour faded after one wash, very poor
I was promised a call back three times and nothing
you keep passing me between departments
nobody takes responsibility in your company
every time I order something goes wrong
my order was wrong again, I'm sick of it
the replacement was broken too, this is ridiculous
I'm fed up with chasing you
stop ignoring me
I am very disappointed in your service
I'm not happy at all with my purchase
my complaint was ignored
how is it possible that nobody can help me
I want to make a formal complaint
lodging a complaint about your courier
complaint about a rude employee at your Boston store
this is the second faulty tent you sent me
the boots gave me blisters and the sole came off, terrible
I paid for express and it came a week late, disgraceful
I'm appalled by the state the order arrived in
este servicio es una vergüenza
estoy muy enfadado, nadie me contesta
la calidad es malísima, se rompió enseguida
voy a poner una reclamación
je suis vraiment déçu de votre service
c'est scandaleux, personne ne répond
la qualité est déplorable
je vais déposer une réclamation
ich bin wirklich verärgert über Ihren Service
das ist eine Zumutung, niemand antwortet
die Qualität ist miserabel
ich werde mich beschweren
your returns portal is a disaster, I've wasted two evenings on it
the return process is a nightmare, nobody tells you anything
shipping took three weeks, absolutely unacceptable for the price I paid
your delivery service is a shambles
the refund has been "processing" for a month, this is a disgrace
I'm sick of waiting for a refund you promised weeks ago
the tent poles snapped on night one, what a joke of a product
the zipper broke the second time I used it, terrible quality control
these boots are falling apart after a month, I'm so angry
the sleeping bag is nowhere near as warm as advertised, I froze, thanks for nothing
the jacket colour is completely different from the website, I feel misled
your checkout overcharged me and nobody will own up to it, disgraceful
your billing team is incompetent
I've had three orders wrong in a row, what is going on with you people
your store used to be good, now it's a mess
I've had it with your excuses
every email I get is a template, does anyone actually read them
I asked for help four times and got nothing
your phone line just rings out, pathetic
I am furious that my order was sent to the wrong city twice
the courier left my parcel in the rain and it was soaked through, unacceptable
the stove I bought is unsafe, it flared up in my face
I'm filing a complaint with the better business bureau
I'm going to take this to small claims court
my solicitor will be in touch
you've lost a customer for life
cancelling my membership because your service is this bad
I'll tell everyone I know to avoid you
honestly the worst purchase I've made this year
this is beyond a joke now
you keep making promises and breaking them
what kind of company treats people like this
absolutely shocking how I've been treated by your staff
the store manager was rude and dismissive
your driver was swearing at me on my doorstep
the price doubled the day after I looked, that's shady
hidden fees at checkout, so dishonest
you call this waterproof? it's a sponge
poor packaging, everything arrived smashed
the replacement you sent is also broken, unbelievable
your website lied about stock and now I have nothing for my trip
I'm really disappointed, I expected far more from you
I'm beyond frustrated with this whole experience
this has been a complete shambles from start to finish
no one has bothered to reply in ten days
es inaceptable, llevo un mes esperando
el servicio de atención es malísimo
estoy harta de que nadie me responda
pienso denunciarlos
quel mépris pour vos clients
c'est inacceptable, j'attends depuis un mois
je suis furieux
das ist absolut inakzeptabel
ich bin stinksauer
so einen schlechten Service habe ich noch nie erlebt
the return label didn't work and your staff were rude about it, disgraceful
you advertise fast shipping and it took a month, shameful
your prices are robbery
that's daylight robbery for a jacket that fell apart
si esto no se arregla, voy a poner una denuncia
your returns system is broken and nobody cares, I'm livid
the shipping is a joke, slowest I've ever seen
the product is garbage and your support is worse
your website is a mess and your staff are clueless, awful experience
another late delivery, you people never learn
I waited all day at home for a delivery that never came, infuriating
the tent arrived with holes in it, I'm disgusted
your staff lied to me about the warranty
how dare you charge me twice and then ignore me
the jacket bled dye all over my car seat, terrible product
nobody warned me the boots were a final sale, that's dishonest
your customer service is the slowest I've seen, two weeks for one reply
I've been transferred five times and still no answer, unacceptable
thanks for nothing, your service is dreadful
thanks a lot for ruining my weekend with a broken tent
`;
