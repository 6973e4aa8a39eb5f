-- The shipped case library: 40 original stations written for Med Practice (20 Clinical,
-- 20 Communication; history taking, examination, explanation and counselling, breaking
-- bad news, consent, ethics and confidentiality, the angry or anxious patient,
-- prescribing, telephone consultations, colleagues and relatives), so every database
-- has them. Admins edit, archive and export them like any other case. The same cases
-- are in content/case-library.json, in the library file format the importer reads; a
-- test holds the two equal. Fixed ids, so an export from any database names each
-- shipped case the same way. An existing case with the same id or internal name is
-- left as it is.

insert into public.case_briefs
  (id, case_name_internal, case_name, category, condition, domain, station_kind, setting,
   exams, difficulty, candidate_brief, actor_brief, reveal_if_asked, mark_scheme)
values
(
  '1da5ce08-22f8-5e1d-b2d4-c8478c8cdb64',
  $cb$ANGR-01-delayed-blood-result-followup$cb$,
  $cb$Upset about blood test results$cb$,
  $cb$General practice$cb$,
  $cb$Missed follow-up of a raised HbA1c: apology, candour and diabetes plan$cb$,
  'Communication',
  'angry_or_anxious_patient',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are a GP specialty trainee (ST2) at Brookside Medical Practice. Mr Gareth Pryce, 50, has booked an urgent appointment and told reception he wants "to speak to a doctor about what's gone on with my blood results".

From the records: he saw a locum GP on 3 March with tiredness, thirst and passing urine at night. Bloods were taken on 5 March and reported on 6 March: HbA1c 84 mmol/mol; random plasma glucose 16.2 mmol/L; U&E, LFT, FBC and TSH normal; total cholesterol 5.8 mmol/L. The results went to the locum's inbox. The locum's contract had ended and the results were not reassigned, so no action was taken. Mr Pryce phoned on 12 and 20 March and was told the results "hadn't been looked at yet". Today is 27 March.

The practice manager is aware and has asked you to see him. The nurse checked him on arrival: capillary glucose 14.8 mmol/L, urine ketones negative, BP 138/84, BMI 31.

Task: respond to Mr Pryce's concerns, explain what his results show and agree a plan. You have 10 minutes.$cb$,
  $cb$OPENING LINE: "Right. Before you say anything: three weeks. Three weeks my results have been sitting there and nobody's bothered to ring me. I had to find out off my phone last night that I've got diabetes. Is that how you run things here?"
HISTORY: You are Gareth Pryce, 50, a self-employed plumber and heating engineer from Newport, now living in Bristol. For about two months you have been exhausted, constantly thirsty (you drink two litres of squash at work), up three times a night to wee, and you have lost about half a stone without trying. Your vision goes a bit blurry at the end of the day. You saw a locum doctor on 3 March, had bloods on 5 March and were told "we'll ring you if there's a problem". You rang on 12 March and were told the results hadn't been looked at; you rang again on 20 March and a receptionist said "if it was urgent they'd have called you". Last night your wife Karen showed you how to use the NHS App: it showed "HbA1c 84" and you googled it. Past history: nothing; you never go to the doctor. No medicines, no allergies. You stopped smoking at 40. You drink four or five pints at the weekend. Your father had type 2 diabetes, lost two toes to it and died of a stroke at 68. You drive a van for work. Karen is a care assistant; you have two teenagers, Rhys (17) and Cerys (14). You took this morning off and lost a £400 boiler job to come in.
IDEAS, CONCERNS AND EXPECTATIONS: You know you have diabetes. You think the delay may have damaged your eyes, kidneys or feet. Concerns: ending up like your dad; losing your van licence; being "put on insulin"; the practice covering this up. Expectations: a proper apology, an explanation of who was responsible, assurance it won't happen to anyone else, and treatment started today.
REVEAL ONLY IF ASKED:
- Your father had diabetes, lost two toes and died of a stroke at 68.
- You have had itching and soreness "down below" for a few weeks and have been too embarrassed to mention it.
- You drive a van for work and are worried about your licence.
- You lost a £400 job to attend today.
- Your vision goes blurry at the end of the day.
HOW TO BEHAVE: You are angry and loud at first, arms folded, and you interrupt. Let the doctor speak only after your first outburst. If the doctor is defensive, blames the locum or the receptionists, talks about how busy the practice is, or jumps straight into medical explanations, get louder: "Don't give me excuses. I want names and I'll be going to the papers." If the doctor listens without interrupting, says sorry clearly and specifically (not "sorry you feel that way"), agrees you were right to chase, and explains honestly what went wrong, calm down noticeably: lower your voice, unfold your arms and say "Well, at least someone's being straight with me." Then the fear underneath comes out: "My dad lost his toes to this. Have I done damage these last three weeks?" Respond well to an honest answer: damage builds up over years of high sugar, and three weeks is very unlikely to have caused lasting harm, but it was still not acceptable. Ask: "Is this going to be swept under the carpet?", "Will I lose my licence?" and "Will I need injections?" If told what will happen (the incident will be recorded and investigated, you will be told the outcome, the practice manager will contact you, and how to make a formal complaint), say you will "see what happens" before deciding about complaining. If a clear medical plan is agreed today (treatment, follow-up, diabetes nurse, warning signs), thank the doctor grudgingly at the end: "You've been all right. It's not you I'm angry with."$cb$,
  array[$cb$His father had type 2 diabetes, lost two toes and died of a stroke at 68$cb$, $cb$He has had genital itching and soreness for a few weeks$cb$, $cb$He drives a van for work and is worried about his licence$cb$, $cb$He lost a £400 job to attend today$cb$, $cb$His vision goes blurry at the end of the day$cb$]::text[],
  $cb${"data_gathering": [{"point": "Invites him to explain what happened from his point of view and listens without interrupting", "keywords": ["tell me", "what happened", "from your side", "go on", "listen"]}, {"point": "Establishes what he already knows or has read about his result", "keywords": ["know", "app", "read", "googl", "understand"]}, {"point": "Explores his main concerns, including possible damage from the delay", "keywords": ["worr", "concern", "damage", "dad", "father"]}, {"point": "Asks about current symptoms: thirst, urination, weight loss, vision, genital itching or thrush", "keywords": ["thirst", "wee", "weight", "vision", "itch", "thrush"]}, {"point": "Asks about his work and driving", "keywords": ["work", "drive", "van", "job", "licence"]}, {"point": "Establishes what he wants from today's consultation", "keywords": ["expect", "hoping", "want from", "like to happen", "today"]}], "clinical_management": [{"point": "Gives a clear, sincere apology that the results were not acted on", "keywords": ["sorry", "apolog", "should not have", "not acceptable", "let you down"]}, {"point": "Explains honestly what went wrong (results not reassigned when the locum left) without blaming individuals", "keywords": ["locum", "not reassigned", "system", "inbox", "went wrong", "honest"]}, {"point": "Explains the results show type 2 diabetes, in plain language", "keywords": ["diabetes", "sugar", "hba1c", "84", "high"]}, {"point": "Explains honestly that three weeks' delay is very unlikely to have caused lasting damage, as complications build up over years", "keywords": ["years", "unlikely", "damage", "three weeks", "lasting"]}, {"point": "Agrees a treatment plan with GP review today (usually starting metformin; extra short-term treatment may be considered as he is symptomatic), diabetes nurse, structured education, eye screening", "keywords": ["metformin", "tablet", "nurse", "education", "eye screening", "today"]}, {"point": "Addresses driving: a car or van licence does not need DVLA notification on diet or metformin alone", "keywords": ["dvla", "licence", "driv", "metformin", "tell"]}, {"point": "Explains the incident will be reported and investigated as a significant event, he will be told the outcome, and how to make a complaint (practice, or the local ICB, then the Ombudsman), in line with the duty of candour", "keywords": ["significant event", "investigat", "complain", "practice manager", "ombudsman", "report", "candour"]}, {"point": "Safety-nets: vomiting, abdominal pain, drowsiness or rapid breathing need urgent help", "keywords": ["vomit", "drows", "urgent", "a&e", "111", "unwell"]}], "interpersonal": [{"point": "Stays calm, non-defensive and lets him voice his anger", "keywords": ["understand", "angry", "right to be", "frustrat", "hear you"]}, {"point": "Acknowledges he was right to chase the results twice", "keywords": ["right to", "chase", "rang", "phoned", "twice"]}, {"point": "Empathises with his fear about his father's experience", "keywords": ["dad", "father", "toes", "frighten", "understand"]}, {"point": "Chunks information and checks understanding", "keywords": ["make sense", "okay so far", "questions", "understand"]}, {"point": "Summarises the agreed plan and confirms who will contact him and when", "keywords": ["summar", "plan", "contact you", "when", "follow up"]}]}$cb$::jsonb
),
(
  'c4b3a9af-af30-5ee6-9772-9b4ef82fdb3a',
  $cb$ANGR-02-headache-health-anxiety-scan-request$cb$,
  $cb$Headaches and a request for a scan$cb$,
  $cb$Neurology$cb$,
  $cb$Tension-type headache with health anxiety and a request for a brain scan$cb$,
  'Communication',
  'angry_or_anxious_patient',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are an FY2 doctor in general practice. Ms Jade Thompson, 33, saw one of the GP partners, Dr Okafor, ten days ago with two months of headaches.

Dr Okafor's notes: "Bilateral, band-like, pressing headaches most afternoons, worse with stress and screen work. No red flags on history. BP 118/76. Full neurological examination including fundoscopy normal. Impression: tension-type headache. Advised simple analgesia, headache diary, review 4 to 6 weeks."

Past history: anxiety; self-referred to talking therapies three years ago and completed six sessions. Medication: combined oral contraceptive (Microgynon 30) for eight years. No allergies.

She has booked an urgent appointment today and told reception: "I need a referral for a brain scan."

Task: address Ms Thompson's concerns and agree a plan with her. You may ask further questions. You do not need to examine her; a repeat neurological examination and fundoscopy today are normal. You have 10 minutes.$cb$,
  $cb$OPENING LINE: "I'm sorry, I know I was only here last week, but I can't carry on like this. I need a brain scan. I just need to know."
HISTORY: You are Jade Thompson, 33, a team leader in a bank's customer contact centre in Nottingham. For about two months you have had headaches four or five days a week. They feel like a tight band or a too-small hat across your forehead and both temples, about 5 out of 10. They usually start mid-afternoon, build through your shift and ease in the evening or after sleep. Your neck and shoulders feel tight. You have never been woken by a headache, they are not worse when you lie down, cough or strain, and you have not vomited. No flashing lights, zigzags or blind spots, no double vision, no numbness or weakness, no trouble speaking, no fits, no fever, rash or stiff neck, no head injury. You were promoted three months ago: eight hours a day on a headset and screen, targets, and you often skip lunch. You sleep about five hours and scroll on your phone in bed. You drink five or six coffees a day. Medicines: the combined pill; paracetamol and ibuprofen most days. No allergies. You don't smoke; you drink wine at weekends. You live with your partner Lewis, an electrician; no children.
IDEAS, CONCERNS AND EXPECTATIONS: You are convinced you have a brain tumour. Concern: that doctors will miss it, as they did with your friend (see below). Expectation: an MRI scan. You think a normal scan will let you stop worrying.
REVEAL ONLY IF ASKED:
- Your school friend Kirsty died of a brain tumour three months ago, aged 34; for months her GP said her headaches were "stress".
- Besides paracetamol and ibuprofen, you buy co-codamol from the chemist and take it three or four days a week.
- You google brain tumour symptoms every night, check your eyes in the mirror and have asked Lewis to tell you if your personality changes.
- You are thinking of paying about £400 for a private MRI; your mum keeps telling you to "demand a scan".
- You are sleeping badly, feel on edge all the time and have had a couple of panicky episodes at work.
HOW TO BEHAVE: You are anxious, speak quickly, fidget with your lanyard and become tearful easily. You are not aggressive, but you are desperate and will push: "Please, I just need the scan, then I'll leave you alone." If the doctor says "it's just stress" or refuses flatly without exploring why you are so worried, get upset and angry: "That's exactly what they told Kirsty." If the doctor asks why you are so worried, tell them about Kirsty and cry. If they acknowledge your loss and your fear before explaining, you calm down. You want to understand why your headaches are not like a tumour; if the doctor explains which features would be worrying and that you have none of them, and that your examination including the back of the eyes is normal, listen carefully. Ask: "But can you be 100% sure?" Respect an honest answer (no one can promise 100%, but everything points to tension-type headache). Ask: "What's the harm in a scan?" and "So what am I supposed to do about the headaches?" If the doctor explains the painkiller issue, look surprised: "The tablets could be making it worse?" You warm to a clear plan: cutting down painkillers, a diary, sleep and caffeine changes, help with anxiety, review, and clear warning signs to come back with. At the end, if handled well, say "Okay. I'll give it a few weeks. But if any of those things happen I'm coming straight back." If handled badly, say you will book the private scan.$cb$,
  array[$cb$Her school friend died of a brain tumour three months ago after her headaches were put down to stress$cb$, $cb$She also takes over-the-counter co-codamol three or four days a week$cb$, $cb$She googles symptoms nightly, checks her eyes in the mirror and asked her partner to watch for personality change$cb$, $cb$She is considering paying for a private MRI and her mother is urging her to demand a scan$cb$, $cb$She is sleeping badly, feels constantly on edge and has had panicky episodes at work$cb$]::text[],
  $cb${"data_gathering": [{"point": "Explores why she believes it is a tumour and elicits her friend's death", "keywords": ["tumour", "why", "what makes you", "friend", "kirsty"]}, {"point": "Asks what she hopes a scan would achieve (expectations)", "keywords": ["scan", "hoping", "expect", "reassur", "achieve"]}, {"point": "Screens for red flags: waking with headache or vomiting, worse on coughing or lying down, neurological symptoms, seizures, visual change, personality change", "keywords": ["wake", "vomit", "cough", "weak", "vision", "fit"]}, {"point": "Asks about aura, relevant to her combined pill", "keywords": ["aura", "zigzag", "flashing", "lights", "pill"]}, {"point": "Quantifies painkiller use, including over-the-counter codeine", "keywords": ["painkiller", "how often", "days", "co-codamol", "paracetamol", "ibuprofen"]}, {"point": "Explores triggers: work stress, screens, sleep, caffeine, meals", "keywords": ["stress", "sleep", "screen", "caffeine", "coffee", "work"]}, {"point": "Explores anxiety, checking behaviours and impact on her life", "keywords": ["anxi", "googl", "check", "mood", "panic", "cope"]}], "clinical_management": [{"point": "Explains tension-type headache in plain terms and links her features to it", "keywords": ["tension", "tight", "band", "muscle", "common"]}, {"point": "Explains why her history and normal examination (including the back of the eyes) are reassuring", "keywords": ["normal", "examination", "back of the eye", "reassur", "no warning"]}, {"point": "Explains why a scan is not recommended (guidance advises against scanning for reassurance; incidental findings; does not treat the headache) without dismissing her", "keywords": ["scan", "not recommend", "incidental", "guideline", "nice", "harm"]}, {"point": "Explains the risk of medication-overuse headache and advises limiting painkillers and stopping codeine", "keywords": ["overuse", "rebound", "painkiller", "codeine", "cut down", "days a month"]}, {"point": "Gives lifestyle advice: sleep, regular meals, fluids, less caffeine, screen breaks, exercise", "keywords": ["sleep", "caffeine", "break", "meals", "exercise", "water"]}, {"point": "Addresses the health anxiety and offers support such as NHS Talking Therapies (self-referral) or CBT", "keywords": ["talking therap", "cbt", "anxiety", "self-refer", "support"]}, {"point": "Agrees a headache diary and a review appointment", "keywords": ["diary", "review", "weeks", "follow up", "come back"]}, {"point": "Safety-nets with specific red flags needing urgent review (sudden severe headache, weakness, speech or vision change, fits, vomiting on waking, fever with stiff neck, confusion)", "keywords": ["sudden", "worst", "weakness", "speech", "seizure", "urgent"]}], "interpersonal": [{"point": "Acknowledges her fear and her friend's death with empathy before explaining", "keywords": ["sorry", "kirsty", "loss", "frightening", "understand"]}, {"point": "Avoids dismissive language (e.g. \"just stress\") and takes her concerns seriously", "keywords": ["seriously", "real", "genuine", "not imagining", "valid"]}, {"point": "Is honest that no one can be 100% certain, without false promises", "keywords": ["100%", "certain", "honest", "guarantee", "promise"]}, {"point": "Negotiates a shared plan rather than simply refusing the scan", "keywords": ["together", "agree", "plan", "how does that sound", "what do you think"]}, {"point": "Chunks information and checks understanding", "keywords": ["make sense", "okay so far", "questions", "understand"]}]}$cb$::jsonb
),
(
  '5f34fb98-51aa-5ed1-8859-39db6370b8b2',
  $cb$CAND-01-daughter-told-of-medication-incident$cb$,
  $cb$Speaking with a patient's daughter on the ward$cb$,
  $cb$Patient safety$cb$,
  $cb$Enoxaparin given twice in one evening: open disclosure to a relative$cb$,
  'Communication',
  'angry_or_anxious_patient',
  $cb$Care of the elderly ward (relatives' room)$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are an FY2 doctor on a care of the elderly ward. Mr Clifton Reid, 71, was admitted three days ago with left leg cellulitis and is improving on IV flucloxacillin. He is prescribed enoxaparin 40 mg subcutaneously once daily at 18:00 for VTE prophylaxis.

Last night he received his 18:00 dose and then, at 22:30, a second 40 mg dose from a different nurse. The ward pharmacist found this at 09:00 today. You reviewed him at 09:30: he was well, with normal observations and no bleeding or new bruising. Bloods: Hb 131 g/L (133 yesterday), platelets 245 x 10^9/L, eGFR 72. Weight 82 kg. The consultant, Dr Helen Rowe, and the pharmacist advise omitting tonight's dose, restarting tomorrow evening, monitoring for bleeding and repeating the full blood count tomorrow. An incident report has been submitted.

You told Mr Reid this morning and apologised. He asked you to explain everything to his daughter, Yvonne, and consented to this (documented).

Task: Yvonne has arrived and asked to speak to a doctor. Talk with her.$cb$,
  $cb$OPENING LINE: "Are you the doctor? My dad's just told me someone gave him a double dose of something last night. What happened? Is he going to be all right?"

HISTORY: You are Yvonne Reid, 44, deputy headteacher at a secondary school in Nottingham. Your father, Clifton Reid (71), came from Jamaica in 1968 aged 14 and drove Nottingham buses for 38 years. He has lived alone since your mother, Hyacinth, died two years ago. He has type 2 diabetes and high blood pressure (metformin, amlodipine, atorvastatin) and is hard of hearing. He was admitted three days ago with a red, swollen left leg. You visit every evening after work; today you took the afternoon off after he phoned you.
Your mother died in a different hospital after a fall; she developed sepsis. You kept telling staff she "wasn't right" and felt nobody listened. Your complaint took nine months to be answered. You have not forgiven "the system".
On the phone this morning Dad said: "They gave me my injection twice, but I'm all right, don't fuss." He couldn't tell you what the injection was for.

IDEAS, CONCERNS AND EXPECTATIONS: "Double dose" could mean anything to you, and you've read that blood thinners can cause bleeding in the brain. You are worried he will bleed, that something is being covered up, and that he'll be rushed home to free the bed. You want the truth in plain English, to know what is being done, to know who did it and whether they will be disciplined, and how to complain.

REVEAL ONLY IF ASKED:
- When you helped Dad freshen up this afternoon, he said his gums bled a little when he brushed his teeth this morning. No nosebleeds, headache, or blood in his urine or stools that you know of.
- Your mother's death and your experience at that hospital.
- Dad is hard of hearing and may not have taken in everything he was told this morning.
- He is due home in about two days; you plan to stay with him for the first few nights.

HOW TO BEHAVE: Controlled anger at first: arms folded, clipped sentences. Ask early: "Was it a mistake? Just tell me straight."
If the doctor apologises clearly and early, explains exactly what happened in plain words and admits what they don't yet know, your shoulders drop and you start to listen. If they use jargon ("LMWH", "Datix", "Clexane"), ask sharply "What does that mean?" If they minimise ("it's only a small dose, nothing to worry about") or sound defensive, raise your voice: "That's exactly what they said about my mum."
Ask: "What's the nurse's name? I want them sacked." If the doctor calmly explains why they won't name or blame one person and that it is being properly investigated, accept it grudgingly. Ask: "Are you only saying sorry so we don't sue?", "Will I be told what the investigation finds?" and "How do I make a complaint?"
If they ask about and acknowledge what happened with your mum, become briefly tearful: "I just can't go through that again."
If handled well, by the end thank them and ask to meet the consultant tomorrow. If handled badly, say you will be making a formal complaint and want to speak to someone senior now.$cb$,
  array[$cb$Her father mentioned his gums bled slightly when brushing his teeth this morning; no other bleeding known$cb$, $cb$Her mother died of sepsis in another hospital two years ago and she felt unheard$cb$, $cb$Her father is hard of hearing and may not have understood this morning's explanation$cb$, $cb$He is due home in about two days and she will stay with him$cb$]::text[],
  $cb${"data_gathering": [{"point": "Introduces self and role, confirms who she is and that her father has agreed to the discussion", "keywords": ["my name", "daughter", "consent", "your dad", "agreed"]}, {"point": "Establishes what she already knows and what her father has told her", "keywords": ["what do you know", "told you", "understand", "heard", "already"]}, {"point": "Explores her specific concerns", "keywords": ["worr", "concern", "main", "most", "frighten"]}, {"point": "Asks whether she or her father has noticed any bleeding or bruising (elicits bleeding gums)", "keywords": ["bleed", "gum", "bruis", "noticed", "mentioned"]}, {"point": "Explores the background to her distrust (her mother's hospital experience)", "keywords": ["mum", "mother", "before", "previous", "experience"]}, {"point": "Checks her father's understanding given his hearing difficulty", "keywords": ["hearing", "understood", "explain again", "together"]}, {"point": "Asks what she would like to happen next", "keywords": ["would like", "expect", "happen next", "want"]}], "clinical_management": [{"point": "Explains clearly what happened: a second dose of his blood-thinning injection was given last night", "keywords": ["second dose", "twice", "injection", "blood thinn", "last night"]}, {"point": "Apologises sincerely and explicitly early in the conversation", "keywords": ["sorry", "apolog", "shouldn't have", "mistake"]}, {"point": "Explains the likely consequences honestly: a small, temporary increase in bleeding risk; he has been checked and his blood count is stable", "keywords": ["risk", "bleed", "blood test", "checked", "stable"]}, {"point": "Explains the plan: omit tonight's dose, monitor for bleeding, repeat blood count tomorrow, then restart", "keywords": ["tonight", "skip", "omit", "monitor", "tomorrow", "repeat"]}, {"point": "Responds to the bleeding gums: will examine him, inform the team and explains what to look out for", "keywords": ["examine", "look at", "check", "tell the nurse", "black"]}, {"point": "Explains the incident has been reported and will be investigated, and that she will be told the findings", "keywords": ["report", "investigat", "findings", "learn", "happen again"]}, {"point": "Declines to name or blame an individual, explaining the systems-focused process", "keywords": ["blame", "individual", "name", "system", "process"]}, {"point": "Offers a meeting with the consultant, a named contact and information on PALS and complaints", "keywords": ["consultant", "pals", "complaint", "contact", "meet"]}], "interpersonal": [{"point": "Stays calm and non-defensive when she is angry", "keywords": ["understand", "angry", "right to", "upsetting"]}, {"point": "Avoids jargon and checks understanding", "keywords": ["make sense", "questions", "clear", "in other words"]}, {"point": "Acknowledges her experience with her mother and her loss of trust", "keywords": ["mum", "sorry", "trust", "listen", "experience"]}, {"point": "Is honest about what is not yet known", "keywords": ["don't know yet", "honest", "find out", "not sure"]}]}$cb$::jsonb
),
(
  '6f1ab0ae-2294-5fbb-ab74-2217a3f51378',
  $cb$CARD-01-exertional-chest-pain$cb$,
  $cb$Tightness in the chest when walking$cb$,
  $cb$Cardiology$cb$,
  $cb$Stable angina$cb$,
  'Clinical',
  'history',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'foundation',
  $cb$You are an FY2 doctor working in a GP surgery. Your next patient is Mrs Gurpreet Dhillon, a 58-year-old supermarket shift manager, who has booked a routine appointment about "chest discomfort".

Her notes record type 2 diabetes (metformin 1 g twice daily) and hypertension (ramipril 5 mg once daily). No known drug allergies. Her last HbA1c, seven months ago, was 64 mmol/mol.

The healthcare assistant recorded today: BP 152/88 mmHg, pulse 78/min regular, SpO2 98% on air, BMI 29. She is comfortable and pain free at rest. A 12-lead ECG recorded this morning shows sinus rhythm with no acute changes.

Task (10 minutes): Take a focused history from Mrs Dhillon, explain your working diagnosis to her and agree a management plan. You do not need to examine her; assume her cardiovascular examination is normal.$cb$,
  $cb$OPENING LINE: "I've been getting a tight feeling in my chest when I walk fast, doctor. It's probably just gas, but my daughter made me book."

HISTORY:
- You are Gurpreet Dhillon, 58, a shift manager at a large supermarket in Wolverhampton. You were born in Punjab and came to the UK aged 19; you speak fluent English.
- The tightness started about two months ago. It is in the middle of the chest, behind the breastbone; when describing it, press your flat hand on your breastbone. It feels "heavy, like a tight belt", not sharp. Severity about 5 out of 10.
- It comes on after about five minutes of walking fast across the big car park to work, carrying shopping up the stairs at home, or walking in cold wind. It goes within two or three minutes of stopping and standing still. It happens two or three times a week, and the pattern has not changed over the two months.
- With it you feel a little short of breath. No sweating, sickness, palpitations, dizziness or blackouts.
- It has never come on at rest, never woken you at night and never lasted more than five minutes. It is not affected by breathing in, twisting or pressing on your chest. No cough, fever, heartburn, swollen ankles or breathlessness lying flat.
- Past history: type 2 diabetes for eight years; high blood pressure for five years. Medicines: metformin 1 g twice a day, ramipril 5 mg once a day. You tried Gaviscon for the chest tightness; it made no difference. No allergies.
- Social: you live with your husband Baljit, a retired bus driver, your son, daughter-in-law and two grandchildren. You have never smoked and do not drink alcohol. You are vegetarian; the family food is rich and you have a sweet tooth. You used to walk with friends in the park but stopped last winter.
- In seven weeks you are due to fly to India for your nephew's wedding.

IDEAS, CONCERNS AND EXPECTATIONS: You tell yourself it is gas or indigestion and would like "a stomach tablet". Underneath, you are frightened it is your heart because of your brother. You worry about letting your team at work down and about whether you can still fly to India. You want an honest answer: is it my heart, and what happens now?

REVEAL ONLY IF ASKED:
- The tightness sometimes spreads into her left shoulder and up into her jaw.
- Her older brother Harjit had a heart attack at 52 and had bypass surgery.
- She was offered a statin two years ago (heart risk score 'about 15%') and declined it because of worries about muscle aches.
- She often forgets her evening metformin and missed her diabetes review this year because of work.
- Last week it came on while she was rushing, upset, after an argument at work; it settled in a few minutes when she sat down.
- She drives her car to work every day; it has never come on while driving.

HOW TO BEHAVE: Warm, busy and practical; you tend to play things down ("It's nothing, I'm just getting old"). Early on, say: "My brother had trouble with his heart..." and trail off. If the doctor picks this up kindly, tell them you sat with Harjit in intensive care after his heart attack and were terrified. If a statin is mentioned, say: "I didn't want those tablets last time, I read they cause muscle pains." Ask: "Is it my heart?", "Can I still go to work?" and "Can I fly to India for the wedding?" If a spray is offered, ask: "What do I do if it doesn't work?" Relax and agree to the plan if it is explained clearly without jargon; if the doctor uses medical terms, look puzzled and ask what they mean. If nobody asks about your worries, stay quiet and a little flat.$cb$,
  array[$cb$The tightness sometimes spreads into her left shoulder and up into her jaw.$cb$, $cb$Her older brother Harjit had a heart attack at 52 and had bypass surgery.$cb$, $cb$She was offered a statin two years ago (heart risk score 'about 15%') and declined it because of worries about muscle aches.$cb$, $cb$She often forgets her evening metformin and missed her diabetes review this year because of work.$cb$, $cb$Last week it came on while she was rushing, upset, after an argument at work; it settled in a few minutes when she sat down.$cb$, $cb$She drives her car to work every day; it has never come on while driving.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes site and character of the discomfort (central, tight, heavy)", "keywords": ["where", "tight", "heavy", "describe", "middle", "press"]}, {"point": "Asks about radiation to arm, shoulder, neck or jaw", "keywords": ["radiat", "spread", "arm", "jaw", "shoulder", "neck"]}, {"point": "Establishes the link with exertion, relief with rest and duration of episodes", "keywords": ["exert", "walking", "stairs", "rest", "minutes", "settle"]}, {"point": "Screens for unstable features: pain at rest, at night, lasting over 15 minutes or increasing frequency", "keywords": ["rest", "night", "worse", "often", "frequen", "longer"]}, {"point": "Asks about associated breathlessness, sweating, nausea, palpitations and syncope", "keywords": ["breath", "sweat", "sick", "palpitat", "faint", "dizz"]}, {"point": "Explores cardiovascular risk factors: diabetes control, blood pressure, cholesterol, smoking", "keywords": ["diabet", "sugar", "cholesterol", "smok", "blood pressure"]}, {"point": "Takes a family history of premature heart disease", "keywords": ["family", "brother", "heart attack", "bypass", "relatives"]}, {"point": "Considers alternative causes: reflux, pleuritic or musculoskeletal pain", "keywords": ["indigestion", "heartburn", "food", "breathe in", "cough", "tender"]}, {"point": "Asks about work, driving and travel plans", "keywords": ["work", "job", "drive", "driving", "fly", "travel"]}], "clinical_management": [{"point": "Explains that this is likely angina (narrowed heart arteries reducing blood supply on exertion) in plain words", "keywords": ["angina", "heart", "blood supply", "narrow", "arteries"]}, {"point": "Refers to the rapid access chest pain clinic for assessment and tests such as a CT coronary angiogram", "keywords": ["chest pain clinic", "referr", "specialist", "ct", "scan", "angiogram"]}, {"point": "Prescribes a GTN spray and explains use: sit down, spray under the tongue, repeat after 5 minutes, call 999 if pain persists 5 minutes after the second dose", "keywords": ["gtn", "spray", "tongue", "five minutes", "999", "sit down"]}, {"point": "Discusses aspirin while awaiting assessment and revisits statin therapy, addressing her concerns", "keywords": ["aspirin", "statin", "cholesterol", "muscle", "tablet"]}, {"point": "Arranges bloods: lipids, HbA1c, FBC, kidney function, thyroid function", "keywords": ["blood test", "cholesterol", "hba1c", "kidney", "thyroid"]}, {"point": "Safety-nets: pain at rest, lasting over 15 minutes or not settling with GTN means calling 999", "keywords": ["999", "ambulance", "rest", "15 minutes", "emergency"]}, {"point": "Advises on driving (stop if symptoms at rest, at the wheel or with emotion), work and deferring the flight decision until assessed", "keywords": ["drive", "wheel", "dvla", "work", "fly", "flight"]}, {"point": "Gives lifestyle advice (diet, activity within limits, diabetes and BP control) and arranges follow-up", "keywords": ["diet", "exercise", "weight", "follow", "review"]}], "interpersonal": [{"point": "Picks up the cue about her brother and responds with empathy", "keywords": ["brother", "harjit", "worr", "frighten", "understand"]}, {"point": "Explores her ideas, concerns and expectations", "keywords": ["think", "worr", "concern", "expect", "hoping"]}, {"point": "Uses plain language, avoids jargon and checks understanding", "keywords": ["make sense", "understand", "questions", "explain"]}, {"point": "Involves her in decisions about statin, work and travel", "keywords": ["decide", "together", "agree", "options", "happy"]}]}$cb$::jsonb
),
(
  'c18e64fe-44a8-588b-8031-e51ce80931f7',
  $cb$CARD-02-palpitations-irregular-pulse$cb$,
  $cb$Fluttering in the chest$cb$,
  $cb$Cardiology$cb$,
  $cb$Atrial fibrillation (new onset)$cb$,
  'Clinical',
  'examination',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'PACES']::text[],
  'core',
  $cb$You are an FY2 doctor in a GP surgery. Mrs Philomena Brennan, 71, a retired hospital ward clerk, has come in with a week of "fluttering" in her chest.

The practice nurse recorded: temperature 36.8 °C, BP 142/86 mmHg, respiratory rate 16/min, SpO2 97% on air. The nurse has written "pulse irregular – please see".

Her notes record hypertension (ramipril 5 mg once daily) and osteoarthritis of the hands. No known drug allergies. Blood tests three months ago: haemoglobin 131 g/L, eGFR 74 mL/min/1.73m², liver function normal.

Task (10 minutes): Examine Mrs Brennan's cardiovascular system and present your findings to the examiner. Then explain to Mrs Brennan what you think is happening and discuss the next steps, including her risk of stroke and of bleeding. You may ask her brief questions as you go. The examiner will give you any findings that cannot be shown on the actor.$cb$,
  $cb$OPENING LINE: "Hello, doctor. The nurse said my pulse felt a bit funny. Is that something to worry about?"

HISTORY:
- You are Philomena Brennan, 71, born in Cork, living in Coventry since 1974. You worked for 25 years as a ward clerk at the city hospital; friends call you Phil.
- About a week ago, at your niece's 40th birthday party, you noticed a "fluttering, like butterflies" in your chest. It has come and gone since, and for the past three days it has been there most of the time. You feel more tired than usual and a little out of breath on the stairs.
- No chest pain, no fainting or blackouts, no dizziness. No breathlessness lying flat, no swollen ankles. No weakness, numbness, face drooping or speech problems. No weight loss, shaky hands or feeling hot.
- Past history: high blood pressure for ten years (ramipril 5 mg each morning); arthritis in your hands. No heart problems, diabetes, stroke, bleeding problems or stomach ulcers. No allergies. Never smoked.
- You live with your husband Frank, 78.

IDEAS, CONCERNS AND EXPECTATIONS: You think it might be "nerves" or too much tea. Your real fear is a stroke, because of your sister. You would like something to settle the fluttering, but a friend told you that "blood thinners" mean weekly blood tests and big bruises, and you are not keen.

REVEAL ONLY IF ASKED:
- Her older sister Kathleen had a stroke at 76; she cannot speak properly and lives in a care home.
- She takes supermarket ibuprofen for her hands three or four days a week.
- She drinks two large glasses of white wine on three evenings a week (about 20 units), and had a lot of prosecco at the party when the fluttering started.
- She is the main carer for her husband Frank, who has early dementia, and drives him to appointments.
- She drinks about six cups of strong tea a day.

HOW TO BEHAVE: Warm, chatty and a little anxious. During the examination follow instructions, mention that your hands are always cold, and ask "Is it racing now?" when your pulse is taken. After the examination, ask: "Could I have a stroke like Kathleen?", "Do blood thinners mean blood tests every week?", "Can I still take my ibuprofen?" and "Can I still have a glass of wine?" If Frank is mentioned, say you worry who would look after him if you became ill. If the doctor explains your risks in plain words and involves you in the decision, agree to try a blood thinner. If rushed or given jargon, become hesitant: "I'll have to think about it."

FOR THE EXAMINER:
- General: comfortable at rest, alert, not breathless at rest; no cyanosis, pallor or scars.
- Hands: cool; no clubbing, splinter haemorrhages or tremor; Heberden's nodes on several fingers.
- Radial pulse: irregularly irregular, 112/min, normal volume and character; no radio-radial or radio-femoral delay.
- Blood pressure: 142/86 mmHg (right arm).
- Apical rate: 124/min (pulse deficit of 12).
- JVP not raised; carotid pulses normal character, no bruits.
- Apex beat: 5th intercostal space, mid-clavicular line, not displaced; no heaves or thrills.
- Heart sounds: first heart sound of variable intensity, second sound normal, no added sounds or murmurs.
- Lungs: clear, no basal crackles. No sacral or ankle oedema.
- Neck and eyes: no goitre, no lid lag or exophthalmos.
- If a 12-lead ECG is requested: irregularly irregular narrow-complex rhythm, ventricular rate about 120/min, no visible P waves, no ST changes.
- For reference: CHA2DS2-VASc score 3 (hypertension, age 65–74, female); ORBIT bleeding score 0 (low risk).$cb$,
  array[$cb$Her older sister Kathleen had a stroke at 76; she cannot speak properly and lives in a care home.$cb$, $cb$She takes supermarket ibuprofen for her hands three or four days a week.$cb$, $cb$She drinks two large glasses of white wine on three evenings a week (about 20 units), and had a lot of prosecco at the party when the fluttering started.$cb$, $cb$She is the main carer for her husband Frank, who has early dementia, and drives him to appointments.$cb$, $cb$She drinks about six cups of strong tea a day.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Introduces self, gains consent, offers a chaperone and positions the patient at 45 degrees with appropriate exposure", "keywords": ["consent", "chaperone", "45", "permission", "lie back", "expose"]}, {"point": "Performs general inspection and examines the hands for peripheral signs", "keywords": ["look", "hands", "nails", "clubbing", "inspect"]}, {"point": "Palpates the radial pulse for at least 30 seconds and states rate and irregularly irregular rhythm", "keywords": ["pulse", "irregular", "rate", "rhythm", "radial"]}, {"point": "Compares apical and radial rates to identify a pulse deficit", "keywords": ["apex", "apical", "deficit", "compare"]}, {"point": "Assesses the JVP and carotids and palpates the apex beat for position, heaves and thrills", "keywords": ["jvp", "neck", "carotid", "apex", "heave", "thrill"]}, {"point": "Auscultates all four valve areas", "keywords": ["listen", "murmur", "mitral", "aortic", "stethoscope", "heart sounds"]}, {"point": "Auscultates the lung bases and checks for peripheral oedema", "keywords": ["lung", "bases", "crackles", "ankles", "oedema", "swelling"]}, {"point": "Looks for signs of thyroid disease (tremor, goitre, eye signs)", "keywords": ["thyroid", "tremor", "goitre", "eyes"]}, {"point": "Presents findings concisely with a working diagnosis of atrial fibrillation and states a 12-lead ECG is needed to confirm it", "keywords": ["present", "findings", "atrial fibrillation", "ecg", "summary"]}], "clinical_management": [{"point": "Explains atrial fibrillation in plain words and confirms it with a 12-lead ECG today", "keywords": ["ecg", "tracing", "rhythm", "irregular", "electrical", "heart"]}, {"point": "Arranges bloods (thyroid function, FBC, U&E, LFTs) and considers an echocardiogram if it would change management", "keywords": ["thyroid", "blood test", "kidney", "echo", "scan"]}, {"point": "Calculates CHA2DS2-VASc as 3 (hypertension, age 65-74, female) and explains her raised stroke risk", "keywords": ["stroke", "chads", "score", "clot", "risk"]}, {"point": "Assesses bleeding risk with ORBIT (0, low) and addresses modifiable factors: stop ibuprofen, reduce alcohol", "keywords": ["bleed", "orbit", "ibuprofen", "alcohol", "risk"]}, {"point": "Offers a DOAC (e.g. apixaban or edoxaban), explains no routine INR monitoring and that aspirin is not used for stroke prevention", "keywords": ["anticoagul", "blood thinner", "apixaban", "edoxaban", "doac", "aspirin"]}, {"point": "Offers rate control with a beta-blocker such as bisoprolol (or a rate-limiting calcium-channel blocker)", "keywords": ["rate", "bisoprolol", "beta", "slow", "diltiazem"]}, {"point": "Recognises no need for same-day admission and safety-nets for chest pain, fainting, breathlessness, stroke symptoms or bleeding", "keywords": ["999", "stroke", "chest pain", "faint", "bleeding", "face"]}, {"point": "Arranges follow-up and cardiology referral if symptoms persist or rhythm control is considered", "keywords": ["follow", "review", "cardiolog", "refer", "weeks"]}], "interpersonal": [{"point": "Explains each step of the examination and attends to comfort and dignity", "keywords": ["comfortable", "explain", "cold", "okay", "cover"]}, {"point": "Acknowledges her fear of stroke after her sister's experience", "keywords": ["sister", "kathleen", "stroke", "worr", "understand"]}, {"point": "Shares the anticoagulation decision, balancing benefits and risks and respecting her views", "keywords": ["decision", "benefit", "risk", "choice", "together"]}, {"point": "Uses plain language, checks understanding and invites questions", "keywords": ["means", "questions", "understand", "make sense"]}]}$cb$::jsonb
),
(
  'c9660447-3f4b-5f7f-b3f6-d48e137d26b9',
  $cb$COLL-01-fy1-colleague-monday-morning$cb$,
  $cb$A word with a colleague before the ward round$cb$,
  $cb$Professionalism$cb$,
  $cb$Colleague at work apparently under the influence of alcohol$cb$,
  'Communication',
  'colleague_or_relative',
  $cb$Hospital ward (doctors' office)$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are an FY1 doctor on a general surgical ward. It is 08:10 on a Monday. The consultant ward round with Mr Okonkwo starts at 08:30; the registrar is in theatre.

Your fellow FY1, Dr Ciaran Walsh, arrived 25 minutes late, unshaven and crumpled. While you went through the patient list together you noticed a strong smell of alcohol on his breath; he dropped his pen twice and struggled to find his words. He is responsible for the 12 patients in Bay A today, including bloods, prescribing and discharges. You have heard he was late twice last month.

You have asked him for a quick word in the empty doctors' office.

Task: Talk to Dr Walsh and agree what should happen next. Your partner plays Dr Walsh.$cb$,
  $cb$OPENING LINE: "What's up? If this is about me being late, I know, I know - the alarm didn't go off."

HISTORY: You are Dr Ciaran Walsh, 25, an FY1 from Derry in Northern Ireland, eight months into your foundation job in Birmingham. You live alone in a rented flat; your family are all back home.
Six weeks ago your girlfriend of four years, Aoife, ended things over the phone. Three weeks ago you led the first minutes of a cardiac arrest on the ward; the patient, a 58-year-old man, died, and you keep going over whether you missed something. Nobody debriefed you.
Since then you have been drinking alone most nights, "to get to sleep". Last night you drank a bottle of wine and four cans of lager, stopping around 2 a.m., and slept through your alarm. You feel hungover, slightly shaky and still "fuzzy". You drove to work.
You haven't told your educational supervisor (Dr Fiona Hart) or anyone else. You haven't registered with a GP in Birmingham. You live on takeaways and have stopped going to five-a-side.

IDEAS, CONCERNS AND EXPECTATIONS: You think you are "just going through a rough patch" and can pull yourself together. Your big fears are being reported to the GMC, losing your job, your consultant thinking you're a drunk, and your parents finding out. You want your colleague to keep this between the two of you and let you "stay in the office doing discharge letters".

REVEAL ONLY IF ASKED:
- Last night: a bottle of wine and four cans, until about 2 a.m.
- You drove in this morning.
- At 07:50, before anyone else arrived, you prescribed tonight's warfarin dose for the patient in Bay A, bed 4.
- The break-up six weeks ago, and the death after the cardiac arrest three weeks ago.
- If asked directly about self-harm or suicide: "No... nothing like that. I just want to feel less rubbish." You have no thoughts or plans of ending your life.
- You have no GP here.

HOW TO BEHAVE: Start breezy and deflecting: "Big night, that's all. Bit of mouthwash and I'm grand." Minimise: "I'm not drunk."
If the doctor accuses you bluntly ("Are you drunk?") or mentions the GMC early on, get defensive and sarcastic: "Who made you the GMC?" or "Go on, say it - the Irish lad likes a drink."
If the doctor speaks privately, describes specifically what they noticed and says they are worried about you, go quiet, then crack: admit the break-up and the drinking, and become tearful.
Plead: "Please don't tell Mr Okonkwo. I'll not touch a patient, I'll just do letters." If the doctor agrees to cover for you, relax: "You're a legend, thanks." If they hold firm but kindly, and offer to come with you to speak to the consultant, reluctantly agree.
If they suggest going home, say "Fine, I'll drive, I'm okay now"; give in if they insist on a taxi.
Ask: "Will this go on my record? Will I lose my job?" React with relief if told confidential help exists for doctors (e.g. NHS Practitioner Health) and that asking for help is the right thing to do.$cb$,
  array[$cb$Drank a bottle of wine and four cans until about 2 a.m.$cb$, $cb$Drove to work this morning$cb$, $cb$Prescribed a warfarin dose for Bay A bed 4 at 07:50$cb$, $cb$Girlfriend ended the relationship six weeks ago; a patient died after a cardiac arrest he led three weeks ago$cb$, $cb$No thoughts of self-harm or suicide$cb$, $cb$Not registered with a GP locally$cb$]::text[],
  $cb${"data_gathering": [{"point": "Raises the concern privately, describing specific observations (smell of alcohol, lateness, dropped pen)", "keywords": ["noticed", "smell", "alcohol", "late", "worried"]}, {"point": "Asks open questions about how he is and what has been happening", "keywords": ["how are you", "going on", "lately", "okay", "tell me"]}, {"point": "Asks when he last drank and how much", "keywords": ["last night", "how much", "drink", "when", "stopped"]}, {"point": "Asks how he got to work (whether he drove)", "keywords": ["drive", "drove", "car", "get here", "get home"]}, {"point": "Asks whether he has already done any clinical tasks today (prescribing, bloods)", "keywords": ["prescrib", "already", "done", "this morning", "patients"]}, {"point": "Explores underlying stressors, sleep and support network", "keywords": ["break", "sleep", "stress", "support", "family", "friends"]}, {"point": "Asks directly about thoughts of self-harm or suicide", "keywords": ["harm", "suicid", "end your life", "yourself", "safe"]}], "clinical_management": [{"point": "States clearly that he should not see patients today because of patient safety", "keywords": ["not safe", "patients", "today", "shouldn't", "work"]}, {"point": "Explains a senior must be informed today and offers to go with him or supports him to tell them himself", "keywords": ["consultant", "senior", "tell", "together", "with you"]}, {"point": "Arranges a safe way home (taxi, not driving)", "keywords": ["taxi", "not drive", "home", "lift", "keys"]}, {"point": "Ensures his patients are covered and this morning's warfarin prescription is checked", "keywords": ["check", "prescri", "warfarin", "cover", "jobs"]}, {"point": "Signposts confidential support: NHS Practitioner Health, a GP, occupational health, educational supervisor, BMA support line", "keywords": ["practitioner health", "occupational", "gp", "bma", "supervisor"]}, {"point": "Explains honestly that escalation is about safety and support rather than punishment, and agrees to check in later", "keywords": ["not about", "punish", "support", "check in", "later"]}], "interpersonal": [{"point": "Uses a compassionate, non-accusatory tone", "keywords": ["concerned", "care", "not judging", "friend", "here for"]}, {"point": "Responds with empathy to his distress about the break-up and the patient's death", "keywords": ["sorry", "hard", "tough", "understand", "sounds"]}, {"point": "Stays firm on patient safety despite his pleading and does not collude", "keywords": ["can't", "cover", "have to", "safety", "not fair"]}, {"point": "Maintains his confidentiality and does not involve people unnecessarily", "keywords": ["between", "private", "only", "just the consultant", "discreet"]}]}$cb$::jsonb
),
(
  'eb44fd58-8692-5107-9492-a3279f374f6e',
  $cb$COLL-02-night-call-to-medical-registrar$cb$,
  $cb$Calling for senior help overnight$cb$,
  $cb$Acute medicine$cb$,
  $cb$Deteriorating ward patient with suspected sepsis: SBAR call to registrar$cb$,
  'Communication',
  'colleague_or_relative',
  $cb$Medical ward (telephone call to the on-call registrar)$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'foundation',
  $cb$It is 23:10. You are the FY1 on call for the medical wards. A nurse asked you to see Mr Alan Fairbrother, 77, on Ward 12, because his NEWS2 has risen from 2 at 18:00 to 7.

Background: admitted two days ago with left lower lobe community-acquired pneumonia (CURB-65 2); on IV co-amoxiclav and oral clarithromycin. Hypertension and type 2 diabetes (ramipril, metformin). No known drug allergies. For full escalation and CPR (documented by his consultant).

Your assessment: alert and orientated but tired. RR 23, SpO2 94% on 2 L/min nasal cannulae, HR 104 regular, BP 112/70 mmHg (usually around 138/80), temperature 38.3 °C. New crackles at both lung bases. Capillary refill 3 seconds. Urine output 90 mL in 6 hours.
ABG on 2 L/min: pH 7.44, PaO2 8.4 kPa, PaCO2 4.3 kPa, lactate 3.2 mmol/L. This morning: WCC 16.8, CRP 212 (146 on admission), creatinine 134 µmol/L (baseline 88).
You have taken blood cultures, started a 500 mL crystalloid bolus and requested a portable chest X-ray.

Task: Telephone the medical registrar (your partner) and hand over using SBAR.$cb$,
  $cb$OPENING LINE: "Medical reg, Sam speaking. I'm in resus with a bleed - is this quick?"

HISTORY: You are Dr Samuel Adebayo, 33, the ST5 medical registrar on call tonight for the whole hospital. It is 23:10. You are in the emergency department resuscitation room with a man vomiting blood, three referrals are waiting and your bleep keeps going. You do not know this patient.
The facts the FY1 should give you (use them to spot what is missing): Mr Alan Fairbrother, 77, Ward 12; admitted two days ago with left lower lobe pneumonia; on IV co-amoxiclav (last dose 22:00) and clarithromycin; hypertension and type 2 diabetes (metformin, ramipril); no allergies; for full escalation and CPR. NEWS2 up from 2 to 7: RR 23, SpO2 94% on 2 L, HR 104, BP 112/70 (usually 138/80), temperature 38.3, alert. New crackles at both bases. Urine 90 mL in 6 hours. ABG on 2 L: PaO2 8.4 kPa, lactate 3.2. WCC 16.8, CRP 212 (was 146), creatinine 134 (baseline 88). Already done: blood cultures, 500 mL fluid bolus running, portable chest X-ray requested.
Your plan, once you understand the situation (give it in one go, quite quickly, so the FY1 has to note it down and read it back):
1. Increase the oxygen to keep his saturations 94-98%.
2. Finish the bolus and reassess; if BP or perfusion isn't improving, give another 500 mL. Repeat the lactate in an hour.
3. Catheterise; hourly urine output and a fluid balance chart.
4. Hold the metformin and ramipril.
5. Send a sputum sample if he can produce one.
6. Observations every 30 minutes, and call the critical care outreach team to see him now.
7. You will come within 30 minutes, once your patient in resus is stable, and decide on antibiotics when you have seen him and the chest X-ray.
8. Call back immediately if his systolic BP drops below 90, his NEWS2 rises, he becomes confused, or his saturations can't be kept at 94% or above.

IDEAS, CONCERNS AND EXPECTATIONS: You want a short, structured handover with a clear request. Your concern is how to prioritise two sick patients at once. You expect the FY1 to know the escalation status and what has already been done.

REVEAL ONLY IF ASKED:
- How soon you can come: within about 30 minutes.
- Whether to call outreach now: yes.
- What to do with his metformin and ramipril: hold both.
- Whether a second fluid bolus is all right: yes, if no improvement on reassessment.
- Whether to change the antibiotics now: not until you have seen him.
- Whether to update the family: after you've seen him; his daughter is next of kin.

HOW TO BEHAVE: Brisk, distracted and slightly impatient at first; you may say "hang on" and talk to someone off the phone. If the FY1 starts with a long background, interrupt: "Sorry - what's the actual problem? What do you need from me?"
If not offered, ask: "Is he for escalation?", "Allergies?", "What's his lactate?", "What have you done so far?" and "What's his urine output?"
If the FY1 is vague ("just letting you know") or never says what they want, test them: "Sounds like pneumonia doing what pneumonia does. Give him fluids and call me if he gets worse." If they then say clearly that they are worried and need you to see him within a set time, back down: "Fair enough, you're right - I'll come." If they accept your brush-off, end the call.
If the handover is clear and structured with a specific request, be appreciative and collaborative, and ask what they think is going on.
If they don't read your plan back, ask: "Did you get all that?" End a good call with: "Good call. Thanks for ringing."$cb$,
  array[$cb$The registrar can attend within about 30 minutes$cb$, $cb$Critical care outreach should be called now$cb$, $cb$Hold metformin and ramipril$cb$, $cb$A second 500 mL bolus is appropriate if no improvement on reassessment$cb$, $cb$Antibiotics will be reviewed once the registrar has seen him and the chest X-ray$cb$, $cb$Family to be updated after the registrar's review; daughter is next of kin$cb$]::text[],
  $cb${"data_gathering": [{"point": "Introduces self, role and ward, and confirms they are speaking to the medical registrar", "keywords": ["fy1", "my name", "calling from", "ward 12", "registrar"]}, {"point": "Situation: gives patient name, age, location and the problem (NEWS2 7, suspected sepsis) at the outset", "keywords": ["news", "seven", "sepsis", "deteriorat", "concerned"]}, {"point": "Background: admission diagnosis, antibiotics, comorbidities, allergies and escalation status", "keywords": ["admitted", "pneumonia", "co-amoxiclav", "diabetes", "full escalation", "allerg"]}, {"point": "Assessment: reports the full set of observations in a structured (ABCDE) order", "keywords": ["respiratory rate", "saturat", "heart rate", "blood pressure", "temperature", "alert"]}, {"point": "Reports ABG, lactate, inflammatory markers, creatinine and urine output", "keywords": ["lactate", "pao2", "creatinine", "urine", "crp"]}, {"point": "States what has already been done (cultures, fluid bolus, chest X-ray)", "keywords": ["cultures", "bolus", "fluid", "x-ray", "already"]}, {"point": "Gives a working impression (sepsis from worsening pneumonia with AKI) and considers alternatives", "keywords": ["sepsis", "pneumonia", "aki", "kidney", "i think"]}], "clinical_management": [{"point": "Makes a clear, specific request for an in-person review within a stated time", "keywords": ["come", "review", "within", "minutes", "see him"]}, {"point": "Proposes or agrees immediate measures: oxygen titrated to 94-98%, further fluid if needed, repeat lactate", "keywords": ["oxygen", "94", "fluid", "repeat lactate", "titrat"]}, {"point": "Suggests or agrees holding metformin and ramipril and monitoring fluid balance with a catheter", "keywords": ["metformin", "ramipril", "hold", "catheter", "fluid balance"]}, {"point": "Agrees to involve critical care outreach and increase observation frequency", "keywords": ["outreach", "critical care", "obs", "30 minutes", "frequen"]}, {"point": "Reads back the agreed plan (closed-loop communication)", "keywords": ["read back", "repeat", "so that's", "to confirm", "summar"]}, {"point": "Agrees explicit triggers for calling back", "keywords": ["call back", "drops", "below 90", "worse", "confused"]}], "interpersonal": [{"point": "Communicates concisely in a structured, prioritised way without rambling", "keywords": ["situation", "background", "assessment", "recommend", "briefly"]}, {"point": "Remains professional and assertive when the registrar pushes back", "keywords": ["concerned", "worried", "not comfortable", "need you", "safety"]}, {"point": "Is courteous: acknowledges the registrar's workload and thanks them", "keywords": ["thank", "busy", "appreciate", "resus"]}]}$cb$::jsonb
),
(
  'e5a91b00-39ca-5f43-b130-e298264cda6f',
  $cb$ENDO-01-new-diagnosis-explanation$cb$,
  $cb$Going through health check results$cb$,
  $cb$Endocrinology$cb$,
  $cb$Type 2 diabetes mellitus (new diagnosis)$cb$,
  'Communication',
  'explanation',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are an FY2 doctor in a GP surgery in Warrington. Mrs Donna Fairclough, 52, a warehouse shift supervisor, has been booked to discuss recent blood test results.

She attended an NHS Health Check five weeks ago. Results:
- HbA1c (Health Check): 55 mmol/mol
- HbA1c (repeat, two weeks ago): 58 mmol/mol
- Total cholesterol 5.9 mmol/L, HDL 1.1 mmol/L
- eGFR over 90 mL/min/1.73m²; urine albumin:creatinine ratio 1.8 mg/mmol
- Liver function tests normal
- BP 134/82 mmHg; BMI 33 kg/m²; QRISK3 12.6%

She takes no regular medicines and has no known drug allergies. She does not smoke.

Task (10 minutes): Explain the results to Mrs Fairclough, discuss what they mean and the management options, and agree a plan with her. You may ask questions relevant to the discussion but do not need to take a full history. There is no need to examine her.$cb$,
  $cb$OPENING LINE: "Hiya. I got a text saying the doctor wanted to go over my bloods – is it my cholesterol? They said something about it at the health check."

HISTORY:
- You are Donna Fairclough, 52, a shift supervisor at a large distribution warehouse in Warrington. You work four 12-hour shifts a week, rotating between days and nights.
- You live with your husband Steve, a plasterer, and your 19-year-old son Connor. Your daughter has just had your first grandchild.
- You had the health check because a letter came. Nobody explained why the second blood test was done.
- At home the family eats a lot of takeaways and ready meals because of shifts; you drink three or four cans of full-sugar fizzy drink a day. You drive to work.
- Your periods stopped about a year ago; you've had hot flushes. No other medical problems. No medicines. No allergies. Never smoked. Alcohol: a bottle of rosé shared with Steve on a Saturday.

IDEAS, CONCERNS AND EXPECTATIONS: You assume the results are about your cholesterol, and that "a bit of sugar" is normal with the menopause. When diabetes is mentioned you are shocked – you feel well. Your biggest fear is your eyesight, because of your aunt. You would like to "do it with diet" and you are keen on the weight-loss injections your sister is using – you'd rather have those than "a load of tablets". You want to know whether this can be reversed and whether you have to tell work or the DVLA.

REVEAL ONLY IF ASKED:
- For a few months she has been more thirsty and gets up twice a night to pass urine; she has had thrush twice this year.
- Her aunt in Liverpool went almost blind from diabetes and had to give up her flat.
- Her sister is buying semaglutide "weight-loss jabs" from an online pharmacy and has lost three stone.
- On night shifts she lives on vending-machine chocolate, crisps and energy drinks.
- She gets breathless walking up two flights of stairs and does almost no exercise outside work.

HOW TO BEHAVE: Chatty, straightforward and a bit jokey, but the diagnosis knocks you: go quiet and say, "Diabetes? But I feel fine." If the doctor gives you a moment and asks how you're feeling, tell them about your aunt and your fear of going blind. If the doctor piles on information without pausing, get lost and say "Sorry, you've lost me." Ask: "Can I have the weight-loss jab like my sister?", "Can I get rid of it if I lose weight?", "What are the side effects of the tablet?" and "Do I need to tell the DVLA or my boss?" If the doctor explains that the injections are not usually the first step and why, and respects your views, agree to start metformin alongside changing your diet – or, if the doctor offers a short trial of diet first with a clear review date, accept that instead. Respond well to a written plan and the offer of a course.$cb$,
  array[$cb$For a few months she has been more thirsty and gets up twice a night to pass urine; she has had thrush twice this year.$cb$, $cb$Her aunt in Liverpool went almost blind from diabetes and had to give up her flat.$cb$, $cb$Her sister is buying semaglutide "weight-loss jabs" from an online pharmacy and has lost three stone.$cb$, $cb$On night shifts she lives on vending-machine chocolate, crisps and energy drinks.$cb$, $cb$She gets breathless walking up two flights of stairs and does almost no exercise outside work.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes what she already knows and was told about the blood tests", "keywords": ["know", "understand", "told", "already", "health check"]}, {"point": "Asks about symptoms: thirst, passing urine at night, tiredness, infections such as thrush", "keywords": ["thirst", "urine", "wee", "tired", "thrush", "infection"]}, {"point": "Explores family history and her experience of diabetes", "keywords": ["family", "aunt", "experience", "anyone"]}, {"point": "Explores diet, drinks, activity and shift pattern", "keywords": ["eat", "diet", "drinks", "shift", "exercise", "night"]}, {"point": "Explores her preferences and views about medication, including the injections", "keywords": ["tablets", "injection", "jab", "feel about", "prefer"]}], "clinical_management": [{"point": "Explains type 2 diabetes and the HbA1c (average sugar over 2-3 months; two results of 48 or above confirm diagnosis) in plain words", "keywords": ["diabetes", "hba1c", "average", "sugar", "months", "48"]}, {"point": "Explains long-term risks to eyes, kidneys, feet and heart, and that good control greatly reduces them", "keywords": ["eyes", "kidney", "feet", "heart", "reduce", "complication"]}, {"point": "Advises on lifestyle: cut sugary drinks, diet, weight loss, activity, and offers structured education (e.g. DESMOND) and the NHS remission/low-calorie programme", "keywords": ["sugary", "diet", "weight", "exercise", "course", "remission"]}, {"point": "Offers metformin: starts at a low dose with food, builds up gradually, explains stomach side effects", "keywords": ["metformin", "tablet", "food", "side effect", "stomach", "gradually"]}, {"point": "Explains that GLP-1 injections (e.g. semaglutide) are not first-line and warns about unregulated online supplies", "keywords": ["injection", "jab", "semaglutide", "first", "online"]}, {"point": "Explains metformin sick-day advice: pause if vomiting, diarrhoea or dehydrated", "keywords": ["sick day", "vomit", "diarrhoea", "dehydrat", "pause"]}, {"point": "Explains annual checks (eye screening, feet, kidneys, BP) and offers a statin for heart protection (QRISK3 over 10%)", "keywords": ["eye screening", "feet", "check", "statin", "cholesterol", "annual"]}, {"point": "Advises no need to inform DVLA on metformin alone and arranges follow-up with repeat HbA1c in about 3 months", "keywords": ["dvla", "driving", "three months", "3 months", "follow", "review"]}], "interpersonal": [{"point": "Gives a warning shot before the diagnosis and pauses", "keywords": ["results", "ready", "news", "bit of a shock"]}, {"point": "Responds empathically to her fear about her eyesight and her aunt", "keywords": ["aunt", "eyes", "blind", "frighten", "understand"]}, {"point": "Shares decision-making about diet-first versus starting metformin", "keywords": ["choice", "decide", "together", "prefer", "option"]}, {"point": "Chunks and checks information, invites questions and offers written resources (e.g. Diabetes UK)", "keywords": ["questions", "understand", "leaflet", "information", "diabetes uk"]}]}$cb$::jsonb
),
(
  '13799801-3951-588e-b40f-65303ecd16ad',
  $cb$ENDO-02-telephone-vomiting-high-glucose$cb$,
  $cb$Telephone call back: vomiting and high glucose$cb$,
  $cb$Endocrinology$cb$,
  $cb$Type 1 diabetes with ketosis (at risk of diabetic ketoacidosis)$cb$,
  'Clinical',
  'telephone',
  $cb$GP surgery (telephone triage)$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are an FY2 doctor in a GP surgery in Leeds, working through the telephone triage list. The receptionist has added: "Euan Fraser, 30 – type 1 diabetic, vomiting, sugars high – please call back urgently."

From his notes: type 1 diabetes since age 11, under the hospital diabetes clinic. Insulin glargine (Lantus) 22 units at night and insulin aspart (NovoRapid) with meals by carbohydrate counting; total daily dose about 48 units. Last HbA1c 61 mmol/mol. Blood glucose and ketone test strips on repeat prescription. No other medical problems; no known drug allergies.

This is a telephone consultation and you cannot see Mr Fraser. Sit back to back with your partner, who will play Mr Fraser.

Task (10 minutes): Call Mr Fraser, assess the situation, advise him and agree a safe plan.$cb$,
  $cb$OPENING LINE: "Hiya, thanks for calling back. I've been throwing up since last night and my sugars are all over the place – 19 just now, and my ketones are 2.1. I just need to know how much insulin to take."

HISTORY:
- You are Euan Fraser, 30, a software tester, originally from Glasgow and now living in Leeds with your partner Jess. You are at home on the sofa with your meters and insulin beside you. Jess is at work in the city centre.
- Type 1 diabetes since you were 11. Insulin: Lantus 22 units every night at 10 pm, and NovoRapid with meals by carb counting (usually about 26 units a day). You use finger-prick glucose tests and a blood ketone meter.
- A stomach bug is going round your office. Around 10 pm last night you felt sick; you have vomited four times since 3 am, the last time about 40 minutes ago. You have managed a few sips of water but the last lot came back up. Loose stools twice. Crampy ache across your tummy, 4 out of 10. You feel hot and cold.
- Readings: glucose 14 at bedtime, 17 at 6 am, 19 now. Ketones 1.2 at 6 am, 2.1 now.
- You took your Lantus as usual last night. You have not taken any NovoRapid today because you haven't eaten.
- No other medical problems or medicines, no allergies, no recent hypos. A few pints at weekends; nothing this week. Non-smoker.

IDEAS, CONCERNS AND EXPECTATIONS: You think it's just the office bug and that your sugars always go up when you are ill. You don't want to spend hours in A&E – you have a big software release at work tomorrow. You hoped the doctor would simply tell you an insulin dose so you can stay at home.

REVEAL ONLY IF ASKED:
- He feels a bit out of breath sitting on the sofa, "like I've been jogging", and light-headed when he stands up.
- He was planning to skip his Lantus tonight "because I'm not eating".
- He had diabetic ketoacidosis once, at 19 in freshers' week, and spent two nights in high dependency.
- If asked how he would get to hospital: "I'll just drive, it's ten minutes."
- His partner Jess could leave work and be home in about half an hour.
- He was given a sick-day leaflet years ago but cannot remember what it said.

HOW TO BEHAVE: Sound tired and a bit flat, occasionally pausing as if you feel sick. Be casual at first and keen to be given a number. If told to go to A&E without explanation, push back: "Can't I just take some extra insulin and see how it goes?" If the doctor clearly explains why vomiting with rising ketones is dangerous, and links it to your previous ketoacidosis, reluctantly agree. Ask: "Should I still take my Lantus tonight if I'm not eating?", "Can I drive myself?" and "What should I bring?" If the doctor summarises and checks your understanding, repeat the plan back accurately. If the doctor does not ask who is with you or how you will get there, do not mention it. If the doctor forgets to check your identity or where you are, do not prompt them.$cb$,
  array[$cb$He feels a bit out of breath sitting on the sofa, "like I've been jogging", and light-headed when he stands up.$cb$, $cb$He was planning to skip his Lantus tonight "because I'm not eating".$cb$, $cb$He had diabetic ketoacidosis once, at 19 in freshers' week, and spent two nights in high dependency.$cb$, $cb$If asked how he would get to hospital: "I'll just drive, it's ten minutes."$cb$, $cb$His partner Jess could leave work and be home in about half an hour.$cb$, $cb$He was given a sick-day leaflet years ago but cannot remember what it said.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Confirms identity (name, date of birth) and his current location and a call-back number", "keywords": ["date of birth", "confirm", "address", "where are you", "number"]}, {"point": "Establishes the vomiting: onset, frequency, last episode and ability to keep fluids down", "keywords": ["vomit", "sick", "how many", "fluids", "keep down", "drink"]}, {"point": "Asks for the trend of glucose and ketone readings", "keywords": ["ketone", "reading", "sugar", "earlier", "trend", "measure"]}, {"point": "Asks what insulin he has taken and what he plans to take", "keywords": ["insulin", "lantus", "glargine", "novorapid", "dose", "taken"]}, {"point": "Asks about features of DKA: abdominal pain, breathlessness or deep breathing, drowsiness, confusion", "keywords": ["tummy", "breath", "drows", "confus", "sleepy"]}, {"point": "Asks about the likely cause: diarrhoea, fever, contacts, urinary symptoms", "keywords": ["fever", "diarrh", "bug", "infection", "urine"]}, {"point": "Asks about previous DKA and who is at home or available to help", "keywords": ["before", "dka", "hospital", "alone", "anyone", "partner"]}], "clinical_management": [{"point": "Explains in plain words that rising ketones with vomiting can tip into diabetic ketoacidosis, which is dangerous", "keywords": ["ketoacidosis", "dka", "acid", "ketones", "dangerous"]}, {"point": "Advises attending the emergency department now for blood tests and treatment", "keywords": ["a&e", "emergency department", "hospital", "now", "straight away"]}, {"point": "Advises not to drive: Jess to take him, or call 999 if alone or getting worse", "keywords": ["drive", "jess", "lift", "ambulance", "999"]}, {"point": "Advises never to stop basal insulin and to take his Lantus tonight as usual", "keywords": ["lantus", "glargine", "long-acting", "background", "never stop", "tonight"]}, {"point": "Advises a correction dose of rapid-acting insulin as per sick-day rules (about 10-20% of total daily dose) and rechecking glucose and ketones within 2 hours", "keywords": ["extra", "correction", "novorapid", "rapid", "two hours", "recheck"]}, {"point": "Advises small frequent sips of sugar-free fluid", "keywords": ["sips", "fluids", "water", "sugar-free"]}, {"point": "Gives future sick-day rules: test glucose and ketones every 2-4 hours when ill, keep a sick-day kit, contact the diabetes team early", "keywords": ["sick day", "every 2", "kit", "diabetes team", "rules"]}, {"point": "Safety-nets for drowsiness, confusion or fast breathing (999), asks him to bring insulin and meters, and documents the call", "keywords": ["999", "drowsy", "confus", "bring", "meter", "breathing"]}], "interpersonal": [{"point": "Acknowledges his frustration about A&E and his work deadline", "keywords": ["understand", "frustrat", "deadline", "work", "annoying"]}, {"point": "Explores his ideas and his previous experience of DKA", "keywords": ["think", "last time", "worr", "before"]}, {"point": "Communicates clearly by phone: signposts, summarises and checks understanding", "keywords": ["summar", "repeat", "recap", "understand", "back to me"]}, {"point": "Negotiates agreement rather than simply instructing", "keywords": ["agree", "happy", "okay", "plan", "sound"]}]}$cb$::jsonb
),
(
  '9dd27e40-a366-5463-a9a4-0895e1d485c5',
  $cb$EOLC-01-dnacpr-escalation-son$cb$,
  $cb$Speaking to a son about his mother's care$cb$,
  $cb$Geriatric medicine$cb$,
  $cb$Severe pneumonia with advanced frailty: escalation and DNACPR discussion$cb$,
  'Communication',
  'colleague_or_relative',
  $cb$Hospital acute medical unit (relatives' room)$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'advanced',
  $cb$You are an FY2 on the acute medical unit. Mrs Carmela Greco, 88, was admitted two days ago from home with right lower lobe pneumonia (CURB-65 score 4). She is on IV co-amoxiclav and clarithromycin, IV fluids and oxygen. Over the last 24 hours she has become more drowsy and confused and is barely eating; NEWS2 is 7.

Before admission she had Alzheimer's dementia and severe frailty (Clinical Frailty Scale 7: dependent for all personal care, walking a few steps with help). Her consultant, Dr Hughes, reviewed her this morning and documented that she currently lacks capacity to discuss her care. Dr Hughes has decided she should continue full ward-based treatment, but that intensive care and intubation would not benefit her and that CPR would not be successful.

Her son, Mr Anthony Greco, 60, is her main carer and has just arrived. He does not yet know about these decisions. Dr Hughes has asked you to discuss the treatment escalation plan and the resuscitation decision with him, and to find out what is known of his mother's wishes, before the ReSPECT form is completed.

Task: speak with Mr Greco. You have 10 minutes.$cb$,
  $cb$OPENING LINE: "Is she getting worse? She didn't even know me this morning. Nobody's told me anything since yesterday."
HISTORY: You are Anthony Greco, 60, who runs the family café in Bedford that your father started. Your mother, Carmela, came from Calabria in 1957, aged 20, when your father got work at the brickworks. She is 88. For four years she has lived with you and your wife Lucia. She has Alzheimer's: she often thinks you are your late father, needs two carers (who come four times a day) plus you and Lucia for washing, dressing and toileting, and can only shuffle a few steps with help. She has had three falls this year. She still loves her rosary, old Italian songs and her grandchildren's visits. She was admitted two days ago with a chest infection, breathless and confused. You haven't slept properly since. Your father, Salvatore, died six years ago in intensive care after a stroke: he was on a breathing machine for ten days, with tubes everywhere, and never woke up. Your mother sat by him every day. Your sister Rosa lives in Toronto and phones every few hours, saying "make sure they do everything". The family is Catholic.
IDEAS, CONCERNS AND EXPECTATIONS: You think "not for resuscitation" means the doctors will stop treating her and leave her to die because she is old. You promised your father you would always look after Mamma, and you feel that agreeing would be betraying her. Concerns: that she will be in pain or frightened; that Rosa will blame you; that you are being asked to "sign her life away". Expectations: at first, that everything possible should be done.
REVEAL ONLY IF ASKED:
- After your father died, your mother said more than once: "Never let them do that to me. No machines. When God calls me, let me go."
- You have a lasting power of attorney, but it is for her property and money only, not health and welfare.
- Before this illness she mostly slept, no longer recognised her grandchildren, and had said "I'm tired, I want to be with Salvatore".
- Your sister Rosa in Canada wants everything done and will want to speak to the doctors.
- You would like a priest to come and give your mother the Anointing of the Sick.
HOW TO BEHAVE: You are exhausted, unshaven and still in your work clothes. You are protective and defensive at first. If the doctor starts with CPR or "DNR" without first asking what you know and explaining how ill she is, say angrily: "So you're giving up on her? Because she's 88?" If the doctor explains clearly that treatment is continuing (antibiotics, fluids, oxygen, nursing care), you ease a little. If CPR is explained honestly and kindly (what it involves, that in someone as frail and unwell as your mother it would not restart her heart and could cause harm, and that it would not be offered), go quiet, look at your hands and then tell the story of your father in intensive care. If asked what your mother would have wanted, share her words about machines and become tearful. Ask: "Do I have to sign something?" You are hugely relieved if told the decision is a medical one, that you are not being asked to decide and that your views and hers matter. Also ask: "If her heart stops, will you just leave her?", "Will she be in pain?", "What do I tell Rosa?" and "Can Father Dominic come?" If you feel rushed, lectured or talked down to, say "I want to speak to the consultant." If handled with warmth and honesty, say at the end: "She'd have wanted it this way. I just didn't want to be the one to say it."$cb$,
  array[$cb$After his father's ICU death, his mother said she never wanted machines and wanted to be let go when her time came$cb$, $cb$He holds a lasting power of attorney for property and finances only, not health and welfare$cb$, $cb$Before this illness she slept most of the day, no longer recognised her grandchildren and said she was tired and wanted to be with her late husband$cb$, $cb$His sister in Canada wants everything done and will want to speak to the doctors$cb$, $cb$He would like a priest to give his mother the Anointing of the Sick$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes what he understands about his mother's current illness", "keywords": ["understand", "know", "told", "so far", "how she is"]}, {"point": "Explores her baseline function and quality of life before this admission", "keywords": ["before", "at home", "day to day", "manage", "quality of life", "dementia"]}, {"point": "Asks about her previously expressed wishes and values", "keywords": ["wishes", "would want", "ever said", "talked about", "values", "machines"]}, {"point": "Asks about any advance decision or lasting power of attorney and clarifies which type", "keywords": ["power of attorney", "lpa", "health and welfare", "advance decision", "living will"]}, {"point": "Explores his feelings, worries and understanding of what resuscitation means", "keywords": ["worr", "feel", "concern", "resuscitation", "mean to you"]}, {"point": "Asks about other family members who should be involved", "keywords": ["family", "sister", "rosa", "anyone else", "involved"]}, {"point": "Asks about religious or spiritual needs", "keywords": ["faith", "religio", "priest", "chaplain", "spiritual"]}], "clinical_management": [{"point": "Explains honestly that she is very seriously ill and may not survive despite treatment", "keywords": ["very unwell", "serious", "may not survive", "might die", "not improving"]}, {"point": "Makes clear that active treatment continues: antibiotics, fluids, oxygen, nursing care, symptom control (DNACPR does not mean no treatment)", "keywords": ["antibiotics", "fluids", "oxygen", "continue", "still treat", "not giving up"]}, {"point": "Explains what CPR involves and why it would not work or would cause harm for her", "keywords": ["cpr", "chest compressions", "ribs", "shock", "not work", "frail"]}, {"point": "Explains that intensive care and a breathing machine would not benefit her", "keywords": ["intensive care", "icu", "breathing machine", "ventilator", "not benefit"]}, {"point": "Explains this is a clinical decision by the consultant; he is being consulted, not asked to decide or sign", "keywords": ["decision", "consultant", "not your decision", "sign", "doctors make"]}, {"point": "Explains the ReSPECT form and that the plan will be reviewed if her condition changes", "keywords": ["respect", "form", "review", "record", "plan"]}, {"point": "Explains that if she deteriorates the focus will be comfort and dignity, with palliative care input", "keywords": ["comfort", "dignity", "palliative", "peaceful", "in pain", "distress"]}, {"point": "Offers a meeting or call with the consultant, including for his sister, and a second opinion if there is disagreement", "keywords": ["consultant", "meet", "second opinion", "speak to", "sister"]}], "interpersonal": [{"point": "Introduces self, ensures a private setting and asks how he is coping", "keywords": ["introduce", "private", "how are you", "coping", "sit"]}, {"point": "Acknowledges his guilt and the promise to his father, and reassures him he is not responsible for the decision", "keywords": ["promise", "guilt", "not your fault", "not responsible", "burden"]}, {"point": "Uses plain language, avoids jargon such as DNAR without explanation, and chunks information", "keywords": ["plain", "mean", "make sense", "okay so far"]}, {"point": "Allows silence and responds to emotion", "keywords": ["take your time", "moment", "sorry", "hard", "upsetting"]}, {"point": "Offers chaplaincy support and summarises the plan", "keywords": ["chaplain", "priest", "father dominic", "summar", "plan"]}]}$cb$::jsonb
),
(
  'a85bb8f5-ea82-526a-873e-2b2a89f6d023',
  $cb$ETHC-01-hgv-driver-neurology-letter$cb$,
  $cb$Follow-up after a neurology clinic letter$cb$,
  $cb$Ethics and law$cb$,
  $cb$New epilepsy in an HGV (Group 2) driver who intends to keep driving$cb$,
  'Communication',
  'ethics_confidentiality',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are an FY2 doctor in a GP surgery in Doncaster. Your next patient is Mr Darren Kowalski, 42, who has booked a routine appointment "to talk about the hospital letter".

The letter, from the First Seizure Clinic ten days ago, reads: "Two unprovoked generalised tonic-clonic seizures while awake, four months apart, the most recent three weeks ago at his workplace. EEG shows generalised epileptiform discharges; MRI brain normal. Diagnosis: idiopathic generalised epilepsy. Started levetiracetam 250 mg twice daily, increasing to 500 mg twice daily after two weeks. He has been advised not to drive and told of his legal duty to inform the DVLA. Neurology follow-up in three months."

His record shows no other medical problems. Occupation: HGV driver.

Task: Talk to Mr Kowalski about the letter and what it means for him, and agree a plan. You do not need to examine him.$cb$,
  $cb$OPENING LINE: "Alright, doc. I've had this letter from the hospital and, to be honest, I think they've gone a bit over the top."

HISTORY: You are Darren Kowalski, 42. Your parents came to Doncaster from Poland before you were born and you grew up here. You have driven lorries (HGVs) for 19 years; for the last 11 you have worked nights for a supermarket distribution depot, trunking loads up to Scotland four nights a week, and you drive a forklift in the yard between runs. You live with your wife Kelly (39, part-time teaching assistant) and your children Maja (14) and Oliver (9). You have a mortgage, Kelly's hours were cut this year, and you are the main earner.
First episode: a Sunday afternoon four months ago, on the sofa after a run of night shifts. Kelly saw you go stiff, shake all over for about a minute, bite your tongue and wet yourself; you were muddled for about 20 minutes. You refused an ambulance and blamed tiredness. Second episode: three weeks ago in the depot canteen on a 2 a.m. break. A colleague called an ambulance; you remember nothing until the paramedics arrived. The hospital sent you to the seizure clinic, where Kelly told them about the first one. You had a brain scan (normal) and a brain-wave test. The neurologist said "epilepsy" and started tablets. You are on sick leave; your employer has been told you "fainted because you hadn't eaten". You are due back on the lorries on Monday.
Medicines: levetiracetam 250 mg twice a day; the clinic said to go up to 500 mg twice a day after two weeks, which is about now. No allergies. No other illnesses. You smoke 10 a day and drink 4-5 cans of lager on a Saturday. No family history of epilepsy that you know of.

IDEAS, CONCERNS AND EXPECTATIONS: You think these were one-offs caused by night shifts and skipped meals, and that the hospital is being over-cautious. Your real fear is losing your job, then the house, and letting your family down. You want the doctor to agree it was stress, say you can go back on Monday, and keep the word "epilepsy" away from your employer and the DVLA.

REVEAL ONLY IF ASKED:
- You drove your car here today (two miles) and have driven most days since the clinic.
- You have not told the DVLA, your employer or your car insurer.
- You missed several doses of the tablets last week because they make you "short-fused"; you have been snapping at Kelly and the kids and sleeping badly.
- Both seizures came after long night-shift runs with little sleep.
- Kelly is worried and wanted to come today; you told her not to.

HOW TO BEHAVE: Start friendly and jokey, trying to get the doctor on your side ("You know what hospitals are like"). When driving comes up, become defensive: "Twenty years and not a scratch on my licence." Ask: "If I don't tell them, are you going to grass me up?" and "What am I supposed to do, sign on?"
If the doctor is calm, honest and caring, acknowledges what you stand to lose and offers practical help (talking to your employer about other work, occupational health, sick pay, benefits advice, the chance of getting a car licence back after a year without seizures), slowly soften. Go quiet, then admit you are frightened: "I keep thinking, what if it happened on the A1?" By the end, reluctantly agree to stop driving and tell the DVLA, and ask whether the doctor can help you with the form.
If the doctor lectures, threatens or recites rules without warmth, get angry: "Then I'll just go to another GP," and say you will keep driving.
If the doctor simply agrees to keep it quiet, look relieved, thank them and get up to leave.
If told the doctor may have to inform the DVLA if you keep driving, ask: "Would you tell me first?"$cb$,
  array[$cb$He drove his car to the appointment and has driven most days since the clinic$cb$, $cb$He has not told the DVLA, his employer or his insurer$cb$, $cb$He has missed several doses of levetiracetam because it makes him irritable; sleeping badly and snapping at family$cb$, $cb$Both seizures followed long night-shift runs with little sleep$cb$, $cb$His wife Kelly is worried and wanted to attend$cb$]::text[],
  $cb${"data_gathering": [{"point": "Explores his understanding of the neurologist's diagnosis and letter", "keywords": ["understand", "letter", "neurolog", "epilepsy", "told you"]}, {"point": "Establishes his job, licence type (HGV/Group 2) and shift pattern", "keywords": ["lorry", "hgv", "licence", "shift", "nights"]}, {"point": "Asks whether he has driven since the seizures, including today", "keywords": ["driven", "drove", "since", "today", "car"]}, {"point": "Asks whether he has informed the DVLA, his employer or his insurer", "keywords": ["dvla", "employer", "insur", "told", "inform"]}, {"point": "Checks adherence to and side effects of levetiracetam, including mood and irritability", "keywords": ["levetiracetam", "tablets", "side effect", "mood", "irritab", "missed"]}, {"point": "Explores seizure triggers such as sleep deprivation, night shifts and alcohol", "keywords": ["sleep", "night", "alcohol", "drink", "trigger"]}, {"point": "Explores the impact on his family, finances and wellbeing", "keywords": ["family", "money", "mortgage", "cope", "kelly"]}, {"point": "Elicits his ideas, concerns and expectations (fear of losing his job)", "keywords": ["worr", "concern", "job", "lose", "expect"]}], "clinical_management": [{"point": "States clearly that he must stop driving now and that it is his legal duty to inform the DVLA", "keywords": ["stop driving", "legal", "dvla", "duty", "law"]}, {"point": "Explains the rules: HGV licence needs 10 years seizure-free off anti-epileptic medication; a car licence may be regained after 12 months seizure-free", "keywords": ["10 years", "ten years", "12 months", "year", "group 2", "car licence"]}, {"point": "Explains the consequences of driving: danger to others, invalid insurance, fine up to £1,000, prosecution after an accident", "keywords": ["insurance", "fine", "prosecut", "accident", "danger", "invalid"]}, {"point": "Explains the limits of confidentiality: if he keeps driving, the doctor will tell him first and then inform the DVLA's medical adviser (GMC guidance)", "keywords": ["confidential", "gmc", "tell you first", "medical adviser", "dvla"]}, {"point": "Offers practical support: employer redeployment, occupational health, Equality Act protection, Access to Work, benefits advice, Epilepsy Action", "keywords": ["redeploy", "occupational", "equality", "access to work", "epilepsy action", "advice"]}, {"point": "Gives seizure safety advice (adherence, sleep, alcohol, no forklift or heights, showers not baths) and offers a second opinion if he disputes the diagnosis", "keywords": ["shower", "bath", "heights", "forklift", "second opinion", "safety"]}, {"point": "Documents the advice given and arranges follow-up", "keywords": ["document", "record", "follow", "review", "see you"]}], "interpersonal": [{"point": "Acknowledges with empathy the threat to his livelihood and family", "keywords": ["understand", "must be", "difficult", "family", "livelihood"]}, {"point": "Stays calm and non-judgemental when he becomes defensive", "keywords": ["not here to", "help", "together", "judge", "on your side"]}, {"point": "Is honest and transparent about possible disclosure rather than threatening", "keywords": ["honest", "open", "before", "let you know", "transparent"]}, {"point": "Checks understanding and negotiates an agreed plan", "keywords": ["agree", "plan", "make sense", "questions", "clear"]}]}$cb$::jsonb
),
(
  '243065ec-ce6e-5698-ac3f-fb8ac693f4e5',
  $cb$ETHC-02-teenager-attends-alone$cb$,
  $cb$A 15-year-old attends alone$cb$,
  $cb$Sexual and reproductive health$cb$,
  $cb$Contraception request from a 15-year-old attending alone$cb$,
  'Communication',
  'ethics_confidentiality',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are an FY2 doctor in a GP surgery in Bristol. It is 16:10 on a weekday. Your next patient is Amber Nicholls, aged 15, who booked the appointment herself through the practice website and has come alone, straight from school.

Her record shows mild asthma (salbutamol inhaler as needed). She was last seen two years ago with a sprained wrist. There are no safeguarding alerts. She is registered at the same address as her mother and stepfather.

The healthcare assistant saw her first and recorded: BP 108/66 mmHg, BMI 22. Amber asked the healthcare assistant not to mention the appointment to her mum.

Task: Find out how you can help Amber and manage the consultation appropriately. You do not need to examine her.$cb$,
  $cb$OPENING LINE: "Um... this is private, yeah? I wanted to ask about going on the pill."

HISTORY: You are Amber Nicholls, 15 (16 in five months). You are in Year 11 at a comprehensive in Bristol, sitting GCSEs this summer, and want to do A-levels and become a paramedic. You live with your mum Tracey (41, works shifts in a care home), your stepdad Lee (45, scaffolder) and your half-brother Mason (6). Home is fine; Lee is "alright". Mum is strict about boys because she had you at 18 and always says "don't make my mistakes".
Your boyfriend is Kai, 16, in Year 12 at your school's sixth form. You have been together five months; you met through friends. You have had sex three times in the last month, always meaning to use condoms. Nine days ago the condom came off. You didn't know what to do, so you did nothing.
Health: mild asthma, you rarely need your inhaler. No other medicines, no allergies. You have never had migraines with flashing lights. You don't smoke cigarettes but sometimes vape at parties. You have had "a couple of WKDs" at parties, never around sex. No drugs.

IDEAS, CONCERNS AND EXPECTATIONS: You want "the pill my friend Ellie takes" (Microgynon). You are worried about your mum finding out: she set up the NHS App for you years ago and you are scared she can see your records. You are also worried about putting on weight, and that an implant would show on your arm. You haven't let yourself think about being pregnant until the doctor mentions it.

REVEAL ONLY IF ASKED:
- The condom came off nine days ago; you took no emergency contraception.
- Your last period started 24 days ago; your periods are regular, every 28 days, so the next one is due in about four days.
- Kai is 16; sex has always been something you both wanted. No pressure, no gifts or money, no older people involved, not met online.
- Your mum had a blood clot in her leg after Mason was born (she was 35).
- Your aunt Shannon (28) is someone you trust and could maybe talk to.
- You've felt stressed about exams but not low; no self-harm.

HOW TO BEHAVE: Shy and nervous at first: look down, fidget, give short answers until the doctor explains confidentiality in a way you understand. Ask directly: "You won't tell my mum, will you?" If the doctor explains that it stays private unless someone is at risk of serious harm, and that they would talk to you first, relax and talk more openly.
Answer safeguarding questions honestly but get a bit embarrassed or defensive if they feel like an interrogation ("Kai's not some creep, he's in my school"). If the doctor explains they ask everyone your age these questions, you are fine.
If the doctor pushes you to tell your mum, say firmly "No way, she'd kick off," but if they gently suggest another trusted adult, mention Aunt Shannon.
When pregnancy is mentioned, go quiet and scared: "Could I actually be pregnant?" Be relieved by a clear plan.
If the combined pill is ruled out, ask "Why can't I have what Ellie has?" and accept a clear explanation. Ask "Does it make you fat?" and "Will it show up on the app?"
If the doctor lectures you, seems shocked or talks over your head, shut down: "Forget it, I'll just go."$cb$,
  array[$cb$A condom came off nine days ago and no emergency contraception was taken$cb$, $cb$Last period started 24 days ago; regular 28-day cycle, next due in about four days$cb$, $cb$Boyfriend Kai is 16; consensual, no pressure, gifts, older people or online contact$cb$, $cb$Her mother had a DVT after childbirth at age 35$cb$, $cb$Her aunt Shannon is a trusted adult she could talk to$cb$, $cb$Exam stress but no low mood or self-harm$cb$]::text[],
  $cb${"data_gathering": [{"point": "Explains confidentiality and its limits early in the consultation", "keywords": ["confidential", "private", "unless", "serious harm", "safe"]}, {"point": "Assesses competence (Gillick/Fraser): checks she understands the options, risks and benefits", "keywords": ["understand", "fraser", "gillick", "options", "risks"]}, {"point": "Establishes the partner's age and the nature of the relationship", "keywords": ["how old", "age", "boyfriend", "relationship", "together"]}, {"point": "Screens for coercion or exploitation: pressure, force, gifts, alcohol or drugs, older contacts, online", "keywords": ["pressure", "force", "want to", "gifts", "alcohol", "online"]}, {"point": "Asks about recent unprotected sex or condom failure and the date of her last period", "keywords": ["condom", "unprotected", "period", "last", "came off"]}, {"point": "Takes a contraceptive medical history: migraine with aura, family history of clots, smoking, medicines", "keywords": ["migraine", "clot", "smok", "family", "medicine"]}, {"point": "Asks about home, school and emotional wellbeing", "keywords": ["home", "school", "mum", "mood", "feel"]}, {"point": "Explores whether she could involve a parent or another trusted adult", "keywords": ["parent", "mum", "trusted", "adult", "tell"]}], "clinical_management": [{"point": "Explains contraceptive options, including the effectiveness of long-acting methods, and condoms for STI protection", "keywords": ["implant", "coil", "injection", "pill", "condom", "long-acting"]}, {"point": "Recognises that a first-degree relative's VTE under 45 means the combined pill is generally not recommended (UKMEC 3) and offers the progestogen-only pill or implant", "keywords": ["combined", "clot", "progestogen", "desogestrel", "implant"]}, {"point": "Explains emergency contraception (pills or copper coil) is no longer an option and advises a pregnancy test now and again three weeks after the condom failure, or sooner if her period is late", "keywords": ["pregnancy test", "three weeks", "3 weeks", "emergency", "morning after"]}, {"point": "Offers chlamydia and gonorrhoea testing and free condoms", "keywords": ["chlamydia", "sti", "test", "swab", "condoms"]}, {"point": "Explains how to use the chosen method and when it becomes effective (e.g. desogestrel daily within 12 hours; condoms for the first 2 days)", "keywords": ["every day", "same time", "missed", "12 hours", "2 days"]}, {"point": "Documents the competence/Fraser assessment and arranges follow-up, with signposting to a young people's sexual health service", "keywords": ["document", "record", "follow", "come back", "brook", "sexual health"]}], "interpersonal": [{"point": "Is non-judgemental and tells her she did the right thing in coming", "keywords": ["right thing", "sensible", "glad", "not judg"]}, {"point": "Uses age-appropriate language and checks understanding", "keywords": ["make sense", "questions", "understand", "explain"]}, {"point": "Addresses her fear of her mum finding out, including record and NHS App access", "keywords": ["mum", "find out", "app", "record", "access"]}, {"point": "Respects her decision without pressuring her to involve her parents", "keywords": ["your choice", "decide", "up to you", "respect"]}]}$cb$::jsonb
),
(
  '99791c4b-7cba-5c33-a7d9-69515fe0fbc4',
  $cb$ETHC-03-wife-phones-about-results$cb$,
  $cb$A phone call about blood test results$cb$,
  $cb$Ethics and law$cb$,
  $cb$Wife requests a competent adult's results without his consent$cb$,
  'Communication',
  'ethics_confidentiality',
  $cb$GP surgery (telephone)$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'foundation',
  $cb$You are an FY2 doctor in a GP surgery in Leeds. A receptionist puts through a telephone call from Mrs Siobhan Brennan, who says she is the wife of your patient Mr Michael Brennan, 56, and "needs to know his blood results".

Mr Brennan's record: he had blood tests five days ago for tiredness. Results: ALT 142 U/L (normal under 40), GGT 386 U/L (normal under 60), MCV 104 fL, platelets 128 x 10^9/L; other results normal. The duty GP wrote: "Abnormal LFTs - routine GP appointment within 1 week to discuss. Text sent to patient." He has not yet booked. At a health check two years ago he reported drinking 14 units a week.

There is no record of consent to share his information with anyone else. Mr Brennan is not on the call.

Task: Speak to Mrs Brennan by telephone and deal with her request appropriately.$cb$,
  $cb$OPENING LINE: "Hello, yes, I'm Michael Brennan's wife. He's had some blood tests and you've sent him a text. I need to know what they've found."

HISTORY: You are Siobhan Brennan, 53, office manager at a primary school in Leeds. You have been married to Michael (56) for 28 years; you have two grown-up children, Ciara (26, lives in Manchester) and Sean (23). Michael was a site manager for a building firm for 20 years; he now does agency work. For months he has not been himself: tired, irritable, quiet. He only went for blood tests because you nagged him. Last night you saw a text on his phone asking him to book an appointment to discuss his results. When you asked, he said "it'll be cholesterol" and changed the subject. This morning, once he had left for work, you rang the surgery. He doesn't know you've called.
Your own dad died of bowel cancer at 61 after being "fobbed off" for months, and you are terrified of the same thing happening to Michael.

IDEAS, CONCERNS AND EXPECTATIONS: You fear it's cancer. Deep down you also suspect the drink. You expect the doctor to tell you the results because you are his wife and "next of kin". What you really need is for someone to help Michael, and for someone to hear how worried you are.

REVEAL ONLY IF ASKED:
- Over the last few months you have found empty vodka bottles hidden in the garage and in his van. You think he drinks most of a bottle on some days, on top of beer.
- His hands shake in the mornings until he's "had a cup of tea" (you suspect it isn't just tea).
- About a week ago, after drinking, he said "you'd all be better off without me". He laughed it off, but it has stayed with you. You don't think he is in immediate danger today; he is at work.
- You haven't told anyone about any of this, not even the children. You're not sleeping.
- Michael was made redundant eight months ago and has been low ever since.

HOW TO BEHAVE: Polite but tense, speaking quickly. If the doctor says they can't share the results, push back: "I'm his wife. I'm his next of kin. Surely I've a right to know?" and "Can you at least tell me it's not cancer?"
If the doctor stays firm but kind, explains why, and shows they want to help, your anger drains away and you become tearful: "I just don't know what to do any more." If they invite you to tell them what's worrying you, share what you know about the drinking.
Ask: "Will you tell him I rang?" You'd rather he didn't know, but accept an honest answer. Ask what you can do to get him to come in.
If the doctor confirms anything about the results or hints at them (e.g. "it's to do with his liver" or "it's nothing serious"), react sharply: "So it is his liver!" - the doctor has breached his confidentiality.
If the doctor just says "I can't discuss it" and tries to end the call, become upset: "So I just sit and watch him fall apart?" and hang up if they still don't engage.
If the doctor asks how you are coping, go quiet, then say that nobody has asked you that. If they ask whether Michael is safe, say you don't think he'd do anything today, but you don't know what to do if he says it again.$cb$,
  array[$cb$She has found hidden empty vodka bottles in the garage and his van$cb$, $cb$His hands shake in the mornings$cb$, $cb$He said "you'd all be better off without me" a week ago after drinking; not thought to be in immediate danger$cb$, $cb$He was made redundant eight months ago and has been low since$cb$, $cb$She hasn't told anyone and isn't sleeping$cb$]::text[],
  $cb${"data_gathering": [{"point": "Introduces self and confirms the caller's name and relationship to the patient", "keywords": ["my name", "speaking", "who", "relationship", "wife"]}, {"point": "Explores why she is calling and what she already knows", "keywords": ["what do you know", "text", "why", "calling", "worried"]}, {"point": "Invites and listens to the information she offers (drinking, hidden bottles, morning shakes)", "keywords": ["drink", "alcohol", "bottles", "shak", "morning"]}, {"point": "Asks about Michael's mood and any risk to his safety", "keywords": ["mood", "low", "harm", "safe", "better off", "suicid"]}, {"point": "Checks whether he is acutely unwell or needs urgent help today", "keywords": ["unwell", "now", "urgent", "today", "emergency"]}, {"point": "Asks about her own wellbeing and support", "keywords": ["coping", "support", "yourself", "how are you", "sleep"]}], "clinical_management": [{"point": "Explains she cannot be told his results without his consent, without confirming or denying anything about them", "keywords": ["consent", "permission", "confidential", "can't share", "cannot"]}, {"point": "Explains honestly that what she shares will be recorded and may need to be discussed with Michael", "keywords": ["record", "note", "tell him", "share with him", "his notes"]}, {"point": "Offers constructive routes: encourage him to book, attend together, or give consent for her to be involved", "keywords": ["book", "appointment", "come with", "together", "consent"]}, {"point": "Gives clear advice on what to do if she fears for his safety (999, A&E, NHS 111 mental health option)", "keywords": ["999", "a&e", "111", "crisis", "immediately"]}, {"point": "Signposts support for families affected by a relative's drinking (e.g. Al-Anon, Adfam, her own GP)", "keywords": ["al-anon", "adfam", "support", "family", "your gp"]}, {"point": "Offers for the practice to contact Michael to encourage him to attend", "keywords": ["contact him", "call him", "remind", "arrange", "invite"]}], "interpersonal": [{"point": "Acknowledges her worry and frustration with empathy", "keywords": ["understand", "worr", "frustrat", "difficult", "must be"]}, {"point": "Explains the reason for confidentiality kindly rather than as a flat refusal", "keywords": ["trust", "law", "same for", "protect", "every patient"]}, {"point": "Uses plain language and checks she is clear about the next steps", "keywords": ["clear", "make sense", "questions", "anything else"]}, {"point": "Closes the call supportively with a summary of the plan", "keywords": ["plan", "summar", "call back", "number", "take care"]}]}$cb$::jsonb
),
(
  '412792c3-9fce-5463-8255-8d0002895ef0',
  $cb$ETHC-04-declined-red-cell-transfusion$cb$,
  $cb$A patient who has said no to a treatment$cb$,
  $cb$Ethics and law$cb$,
  $cb$Capacitous refusal of red cell transfusion for iron-deficiency anaemia$cb$,
  'Communication',
  'ethics_confidentiality',
  $cb$Acute medical ward$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'advanced',
  $cb$You are an FY1 doctor on an acute medical ward. Mrs Eileen Marsh, 68, was admitted yesterday via her GP with six weeks of increasing breathlessness on exertion and tiredness.

Results: Hb 64 g/L (121 g/L a year ago), MCV 71 fL, ferritin 6 micrograms/L; platelets, white cells, renal and liver function normal. Observations: HR 98, BP 128/74 mmHg, RR 18, SpO2 97% on air, temperature 36.8 °C, alert. No overt bleeding has been reported. Upper GI endoscopy and colonoscopy are booked for Thursday.

The registrar recommended transfusion of one unit of red cells followed by reassessment, and intravenous iron. The nurse reports that Mrs Marsh has said she does not want the transfusion. She has no known cognitive impairment.

Task: Your consultant has asked you to talk to Mrs Marsh, explore her decision, assess her capacity to make it and agree a plan with her. You do not need to examine her.$cb$,
  $cb$OPENING LINE: "If you've come to talk me into the blood, I'll save you the trouble, doctor. The answer's no."

HISTORY: You are Eileen Marsh, 68, a retired primary school headteacher from Coventry. You were widowed three years ago when your husband Roy died of a heart attack. You live alone in a bungalow; your only son, Andrew (40), lives in Perth, Australia. You sing in a community choir and keep an allotment.
For about six weeks you have been breathless climbing stairs and walking up to the allotment, bone-tired, and a little light-headed when you stand up quickly. Your bowels have been looser than usual for about two months and you may have lost half a stone without trying. You haven't noticed black or bloody stools, "but I don't look". No chest pain. No other bleeding.
Past history: high blood pressure (amlodipine 5 mg daily) and osteoarthritis of both knees. No allergies. Never smoked; a small sherry at Christmas.

IDEAS, CONCERNS AND EXPECTATIONS: You understand what you have been told: your blood count is very low; a transfusion would make you feel better sooner and take strain off your heart; without it you could get chest pain or collapse, and if you started bleeding heavily you could die. You still say no.
Your reason is personal and painful (see below); it is not about religion. You would refuse in an emergency as well, and you want that respected even if you couldn't speak for yourself. You are happy to have iron (tablets or a drip) and the camera tests.
Your hidden fear is that the tests will find bowel cancer, as they did for your friend Joan.

REVEAL ONLY IF ASKED:
- For four months you have taken ibuprofen 400 mg three times a day, bought from the chemist, for your knees.
- Looser bowels for two months; possibly half a stone of weight loss.
- Light-headed on standing; no chest pain, no fainting.
- You have never put your wishes in writing; you didn't know you could.
- Why you refuse (tell this when asked why): your younger brother Peter had haemophilia. In 1983 he was given contaminated blood products, caught HIV and hepatitis C, and died in 1991 aged 29. You nursed him with your mum. You followed the Infected Blood Inquiry, and its final report in 2024 made you furious all over again: "They told us it was safe, too."
- Your refusal covers all blood and blood products, including in an emergency (ask what else counts).
- If asked to explain back what the doctor has said, you can do so accurately and calmly.

HOW TO BEHAVE: Articulate, polite, firm, a little "headteacher". Listen carefully and answer sensibly; you are not confused. When asked why, pause, then tell Peter's story quietly; become tearful if the doctor is gentle and lets you speak.
If the doctor lectures, fires statistics at you or implies you are being irrational, bristle: "I'm 68, not six. I understand the risks perfectly well." If they threaten to "get someone else to decide", become angry and ask for the consultant.
If asked how you weighed it up, say: "I know I'll feel rotten for longer and there's a risk. I'd rather that than have someone else's blood in me. That's my choice."
If the doctor respects your decision, offers alternatives and explains how to put your wishes in writing, become warm and grateful. Ask: "So you won't sneak it in if I pass out?", "Is this cancer?" and "What happens if I change my mind?"$cb$,
  array[$cb$Taking over-the-counter ibuprofen 400 mg three times daily for four months$cb$, $cb$Looser bowels for two months and possible half a stone weight loss$cb$, $cb$Light-headed on standing; no chest pain or fainting$cb$, $cb$Her brother died in 1991 after contracting HIV and hepatitis C from contaminated blood products$cb$, $cb$She has no written advance decision and didn't know she could make one$cb$, $cb$Her refusal covers all blood and blood products, including in an emergency$cb$]::text[],
  $cb${"data_gathering": [{"point": "Explores her reasons for declining the transfusion with open questions", "keywords": ["why", "reasons", "tell me more", "concern", "decline"]}, {"point": "Sensitively explores her brother's history and the infected blood scandal", "keywords": ["brother", "peter", "infected", "haemophilia", "inquiry"]}, {"point": "Tests understanding by asking her to explain back the purpose of the transfusion and the risks of declining", "keywords": ["explain back", "own words", "understand", "what do you know"]}, {"point": "Checks she can retain and weigh the information (asks how she balanced the risks and benefits)", "keywords": ["weigh", "balance", "decided", "pros", "cons"]}, {"point": "Confirms she can communicate a clear, consistent decision", "keywords": ["decision", "still", "consistent", "sure", "final"]}, {"point": "Asks about symptoms of instability or bleeding: chest pain, worsening breathlessness, dizziness, black stools", "keywords": ["chest pain", "dizz", "black", "bleed", "breath"]}, {"point": "Takes a drug history including over-the-counter NSAIDs", "keywords": ["ibuprofen", "painkiller", "counter", "medicine", "anti-inflammator"]}, {"point": "Asks whether her refusal covers all blood products and emergencies, and whether she has an advance decision", "keywords": ["emergency", "any circumstances", "advance decision", "written", "products"]}], "clinical_management": [{"point": "Explains the benefits of transfusion and the risks of declining in plain language", "keywords": ["heart", "strain", "faster", "oxygen", "risk"]}, {"point": "Gives balanced, accurate information about current UK blood safety without pressure", "keywords": ["screen", "tested", "safe", "million", "donor"]}, {"point": "States that she has capacity for this decision and that it will be respected even if others disagree (MCA: an unwise decision is not lack of capacity)", "keywords": ["capacity", "respect", "your decision", "right", "unwise"]}, {"point": "Offers alternatives: intravenous or oral iron, stopping ibuprofen, investigating the cause", "keywords": ["iron", "infusion", "tablets", "ibuprofen", "camera", "scope"]}, {"point": "Explains how to make a legally binding advance decision to refuse treatment (written, signed, witnessed, stating it applies even if her life is at risk)", "keywords": ["advance decision", "written", "signed", "witness", "life is at risk"]}, {"point": "Leaves the door open to change her mind and safety-nets symptoms to report", "keywords": ["change your mind", "any time", "tell the nurse", "chest pain", "worse"]}, {"point": "Documents the capacity assessment and discussion and informs the consultant (with haematology/transfusion team input)", "keywords": ["document", "notes", "consultant", "senior", "haematolog"]}], "interpersonal": [{"point": "Approaches the refusal respectfully, without coercion", "keywords": ["respect", "not here to", "force", "pressure", "choice"]}, {"point": "Responds with empathy to her grief about her brother", "keywords": ["sorry", "loss", "brother", "difficult", "understand"]}, {"point": "Acknowledges her fear about what is causing the anaemia", "keywords": ["worr", "cancer", "scared", "cause", "find out"]}, {"point": "Checks understanding and invites questions", "keywords": ["questions", "make sense", "anything else", "clear"]}]}$cb$::jsonb
),
(
  '9c98d071-0360-512b-b306-9cfb6a3eb5da',
  $cb$EXPL-01-starting-apixaban-af$cb$,
  $cb$Explaining a new medicine$cb$,
  $cb$Cardiology$cb$,
  $cb$New non-valvular atrial fibrillation: starting apixaban for stroke prevention$cb$,
  'Communication',
  'explanation',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'foundation',
  $cb$You are an FY2 doctor in general practice. Mrs Hilary Ashworth, 74, was found to have an irregular pulse at a flu clinic two weeks ago. A 12-lead ECG confirmed atrial fibrillation, rate 112. She has had occasional palpitations but no chest pain, breathlessness or dizziness. The GP started bisoprolol 2.5 mg daily last week and her heart rate is now 78. An echocardiogram has been requested.

Past history: hypertension (ramipril 5 mg), osteoarthritis of the knees. Weight 68 kg. Bloods last week: Hb 134 g/L, platelets 240, creatinine 82 µmol/L (eGFR 68), LFTs and TSH normal. No history of bleeding.

CHA₂DS₂-VASc score 3 (age 65–74, female, hypertension): untreated stroke risk about 3% a year. ORBIT bleeding score 0 (low). The GP has recommended apixaban 5 mg twice daily and asked you to explain it.

Task: explain why an anticoagulant is recommended and how to take apixaban safely, and answer her questions. You do not need to take a history. You have 8 minutes.$cb$,
  $cb$OPENING LINE: "The other doctor said I need a blood thinner. My husband was on one of those for years and I'm not sure I want to go down that road."
HISTORY: You are Hilary Ashworth, 74, a retired librarian living alone in Harrogate. At a flu jab clinic the nurse found your pulse irregular; an ECG showed an irregular heart rhythm. You have had the odd fluttery feeling in your chest for a few months but put it down to coffee. The doctor started a heart tablet (bisoprolol) last week and you feel fine on it. You also take ramipril for blood pressure. You are active: walking group twice a week, you volunteer in a charity shop and you love your roses. You tripped over a hosepipe last summer but did not hit your head. You drink a glass or two of wine on Friday and Saturday. You are going on a coach holiday to Lake Garda in six weeks with your friend Margaret. Your husband Geoffrey died two years ago. He was on warfarin for a heart valve for 15 years: weekly blood tests at the clinic, arguments about how much spinach he could eat, and once a nosebleed so bad he needed an ambulance. Your daughter Claire lives in Leeds.
IDEAS, CONCERNS AND EXPECTATIONS: Ideas: a "blood thinner" means warfarin, weekly blood tests and no green vegetables; you once read warfarin is rat poison. Concerns: bleeding like Geoffrey did; whether you can still garden and go on holiday; whether it will interfere with your other tablets. Expectations: you would rather take an aspirin, as your friend Margaret does, or nothing at all, since you feel well.
REVEAL ONLY IF ASKED:
- You take ibuprofen 400 mg tablets from the supermarket two or three times a week for your knees.
- You have taken St John's wort from the health food shop since Geoffrey died, for low mood.
- You tripped in the garden last year but did not hit your head.
- You have a coach holiday to Italy in six weeks.
- You sometimes forget evening tablets if you are out.
HOW TO BEHAVE: You are polite, articulate and a little sceptical. You like facts and will ask for numbers: "What are my chances of a stroke if I don't take it?" and "How much does it reduce that?" If the doctor explains the stroke risk in plain figures, say "That's more than I'd have guessed." Ask: "Why can't I just take aspirin?" and accept a clear answer (aspirin does not protect well against this type of stroke and still causes bleeding). Ask: "Will I need blood tests every week like Geoffrey?", "Can I still eat my greens?", "What if I forget a tablet?" and "What if I cut myself pruning the roses?" If the doctor asks what other medicines you take, including anything from a shop, mention the ibuprofen and then, a little embarrassed, the St John's wort. Ask "Is that a problem?" Respond well to being asked what you already know, to being told clearly how apixaban differs from warfarin, and to being given the choice. If the doctor lectures without checking, or tells you that you "must" take it, go cool and say "I'll think about it." If you understand the benefits and feel your worries about Geoffrey's bleed have been taken seriously, agree to start it and ask: "Is there a card or something I should carry?" If the doctor checks your understanding, you can summarise: twice a day, no double doses, no ibuprofen or St John's wort, and the warning signs to look out for.$cb$,
  array[$cb$She takes over-the-counter ibuprofen 400 mg two or three times a week for her knees$cb$, $cb$She takes St John's wort for low mood since her husband died$cb$, $cb$She tripped in the garden last year but did not hit her head$cb$, $cb$She has a coach holiday to Italy in six weeks$cb$, $cb$She sometimes forgets evening tablets if she is out$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes what she knows about her heart rhythm and about blood thinners", "keywords": ["know", "understand", "so far", "blood thinner", "rhythm"]}, {"point": "Explores her experience of her husband's warfarin and bleeding", "keywords": ["husband", "geoffrey", "warfarin", "experience", "nosebleed"]}, {"point": "Elicits her concerns and expectations (prefers aspirin or no treatment)", "keywords": ["worr", "concern", "aspirin", "expect", "prefer"]}, {"point": "Asks about all other medicines, including over-the-counter and herbal remedies", "keywords": ["other medic", "over the counter", "herbal", "supplement", "ibuprofen", "st john"]}, {"point": "Asks about alcohol, falls and lifestyle or hobbies relevant to bleeding", "keywords": ["alcohol", "fall", "garden", "hobbies", "active"]}, {"point": "Asks how she usually manages remembering tablets", "keywords": ["remember", "forget", "routine", "dosette", "pill box"]}, {"point": "Checks her understanding by asking her to summarise", "keywords": ["own words", "summar", "recap", "explain back", "understand"]}], "clinical_management": [{"point": "Explains why AF raises stroke risk (blood pools in the heart, clots form and travel to the brain) in plain language", "keywords": ["clot", "stroke", "irregular", "brain", "pool", "heart"]}, {"point": "Gives her risk in numbers: about 3 in 100 a year without treatment; an anticoagulant reduces this by about two-thirds", "keywords": ["3 in 100", "per year", "two-thirds", "reduce", "risk"]}, {"point": "Explains aspirin is not recommended for stroke prevention in AF (little benefit, still causes bleeding)", "keywords": ["aspirin", "not recommend", "doesn't work", "still bleed", "not protect"]}, {"point": "Explains how apixaban differs from warfarin: no routine INR tests, no dietary restrictions, fewer interactions; kidney and blood tests at least yearly", "keywords": ["warfarin", "no weekly", "blood test", "diet", "greens", "kidney"]}, {"point": "Explains the dose: 5 mg twice a day about 12 hours apart, with or without food, long term; do not stop without advice", "keywords": ["twice", "12 hours", "5 mg", "food", "long term", "don't stop"]}, {"point": "Explains missed doses: take the missed tablet as soon as she remembers, then carry on twice a day at the usual times; never take a double dose to make up for a missed one", "keywords": ["miss", "forget", "as soon as", "remember", "double", "usual time"]}, {"point": "Explains bleeding risk and warning signs needing urgent help: black stools, blood in urine or vomit, severe headache, head injury, bleeding that won't stop", "keywords": ["black", "blood in", "head injury", "headache", "a&e", "won't stop"]}, {"point": "Addresses interactions: stop ibuprofen (use paracetamol) and St John's wort, check with a pharmacist before new medicines, tell the dentist; carry the anticoagulant alert card", "keywords": ["ibuprofen", "paracetamol", "st john", "pharmacist", "dentist", "alert card"]}], "interpersonal": [{"point": "Acknowledges her distressing experience of her husband's bleed", "keywords": ["geoffrey", "frightening", "understand", "must have been", "sorry"]}, {"point": "Presents benefits and risks in a balanced way and respects her choice", "keywords": ["your choice", "decide", "balance", "benefit", "what do you think"]}, {"point": "Gives information in chunks and checks understanding between them", "keywords": ["make sense", "okay so far", "questions", "check"]}, {"point": "Offers written information and follow-up (e.g. pharmacist New Medicine Service, review appointment)", "keywords": ["leaflet", "written", "pharmacist", "new medicine", "review", "follow up"]}]}$cb$::jsonb
),
(
  '38ffabcc-bf69-51a4-9ba5-24e6e7e41f9e',
  $cb$EXPL-02-statin-primary-prevention-reluctant$cb$,
  $cb$Discussing heart and stroke risk$cb$,
  $cb$Cardiology$cb$,
  $cb$Primary prevention of CVD: QRISK3 14%, atorvastatin 20 mg offered$cb$,
  'Communication',
  'explanation',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are a GP specialty trainee. Mrs Farah Siddiqui, 55, has come to discuss the blood results from her annual blood pressure review.

Background: hypertension for three years, on amlodipine 5 mg daily; BP today 132/82. Non-smoker. BMI 29. Ethnicity: Pakistani. Father had a heart attack at 54. No diabetes.

Results (non-fasting): total cholesterol 6.1 mmol/L, HDL 1.2 mmol/L, total cholesterol:HDL ratio 5.1, non-HDL cholesterol 4.9 mmol/L, triglycerides 1.9 mmol/L. HbA1c 40 mmol/mol. eGFR above 90, ALT 22 U/L, TSH normal.

QRISK3 10-year risk of heart attack or stroke: 14%.

The practice nurse noted that Mrs Siddiqui was "not keen on statins" when they were mentioned.

Task: explain her cardiovascular risk and the option of a statin, address her concerns and reach a shared decision with her. You have 10 minutes.$cb$,
  $cb$OPENING LINE: "The nurse said my cholesterol's up and you'd want to put me on a statin. I'll be honest with you, doctor, I'm not keen."
HISTORY: You are Farah Siddiqui, 55, school business manager at a secondary school in Bradford. You were born in Bradford; your parents came from Mirpur. You have had high blood pressure for three years and take amlodipine every morning. You feel completely well: no chest pain, no breathlessness, no muscle problems. Your periods stopped at 51. You have never smoked and don't drink alcohol. You walk to the bus stop but don't really exercise. You love cooking; family meals use plenty of ghee, and you have parathas at weekends. Family: your father had a heart attack at 54, survived, and died of a second one at 71. Your older brother Khalid had a stent at 52 and takes a statin. Your mother has type 2 diabetes. Your younger sister Nasreen tried simvastatin two years ago, had "terrible leg cramps" and stopped after a month. Social: married to Imran, who runs a taxi firm. Three grown-up children; your eldest daughter is expecting your first grandchild in June. You fast during Ramadan.
IDEAS, CONCERNS AND EXPECTATIONS: Ideas: your cholesterol is "only a bit high"; statins are handed out like sweets to make money for drug companies; you would rather try a natural approach (you have read about oats and plant sterol drinks). Concerns: muscle pains like Nasreen's; having to take a tablet "for life"; something you read about statins causing diabetes and memory loss; how to take tablets during Ramadan. Expectations: to be allowed to try diet and walking first. Underneath, your father's heart attack at 54 frightens you, and you want to see your grandchild grow up.
REVEAL ONLY IF ASKED:
- Your sister had leg cramps on simvastatin and stopped it.
- Your brother had a stent at 52.
- You read online that statins can cause diabetes and memory loss.
- You fast during Ramadan and wonder how tablets would fit around it.
- Your first grandchild is due in June and you want to be there for them.
HOW TO BEHAVE: You are polite, articulate and firm, sitting upright with your handbag on your lap. You are not hostile, but you will not be pushed. If the doctor launches straight into why you need a statin, say "You haven't asked me what I think." If asked what you know or think, share your views about drug companies and natural approaches. Ask: "What does 14% actually mean?", "How much difference would a tablet really make?", "Won't I get the muscle pains my sister had?" and "Can't I just sort it out with diet?" You respond well to plain numbers ("out of 100 women like you...") and to honesty about side effects, including that most aches in people taking statins are not caused by the statin. If the doctor mentions your father or brother sensitively, go quieter and say "Dad was 54. That's my age now." If you are lectured, rushed or made to feel foolish, say "I'll think about it" and close the conversation. If you feel listened to and given a genuine choice, decide either to try atorvastatin for three months while also changing your diet, or to try lifestyle changes first with a recheck in three months; choose whichever the doctor has made feel most like your own decision. Either way, ask for something written to take home to show Imran.$cb$,
  array[$cb$Her sister had leg cramps on simvastatin and stopped it$cb$, $cb$Her brother had a coronary stent at 52$cb$, $cb$She has read online that statins cause diabetes and memory loss$cb$, $cb$She fasts during Ramadan and wonders how a tablet would fit around it$cb$, $cb$Her first grandchild is due in June and she wants to be there for them$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes what she understands about cholesterol and her risk score", "keywords": ["understand", "know", "cholesterol", "so far", "risk"]}, {"point": "Explores her views and reasons for not wanting a statin", "keywords": ["keen", "reasons", "what makes you", "views", "feel about"]}, {"point": "Elicits specific concerns: side effects, her sister's experience, lifelong treatment", "keywords": ["side effect", "sister", "nasreen", "muscle", "for life", "worr"]}, {"point": "Explores family history of heart disease and what it means to her", "keywords": ["father", "dad", "brother", "family", "heart attack"]}, {"point": "Asks about current lifestyle: diet, physical activity, alcohol", "keywords": ["diet", "exercise", "activity", "walk", "cook", "eat"]}, {"point": "Asks about any current muscle symptoms and other medical factors before a statin", "keywords": ["muscle", "aches", "symptom", "other medic", "condition"]}, {"point": "Asks about religious or practical factors such as Ramadan fasting", "keywords": ["ramadan", "fast", "routine", "when you take", "religio"]}], "clinical_management": [{"point": "Explains QRISK3 14% as an absolute risk: about 14 in 100 people like her will have a heart attack or stroke in the next 10 years, 86 will not", "keywords": ["14 in 100", "out of 100", "10 years", "heart attack", "stroke", "86"]}, {"point": "Explains that atorvastatin 20 mg would lower this risk by roughly a third (about 4 or 5 fewer per 100), and that national guidance offers a statin at 10% or above", "keywords": ["third", "fewer", "reduce", "10%", "guidance", "atorvastatin"]}, {"point": "Explains side effects honestly: muscle aches (mostly not caused by the statin in blinded trials), rare serious muscle damage, small increase in diabetes risk in people already at risk; no good evidence of memory loss", "keywords": ["muscle", "rare", "diabetes", "memory", "trials", "side effect"]}, {"point": "Explains what to do if side effects occur: stop and return, and another dose or statin can be tried", "keywords": ["stop", "come back", "lower dose", "different statin", "try again"]}, {"point": "Gives specific lifestyle advice: diet (less saturated fat, more fibre, fruit and vegetables), 150 minutes of activity a week, weight, salt and BP control; notes that lifestyle alone usually lowers cholesterol less than a statin", "keywords": ["saturated", "ghee", "150 minutes", "fibre", "weight", "lifestyle"]}, {"point": "Explains monitoring: liver blood test at baseline, 3 months and 12 months; cholesterol recheck at about 3 months aiming for a 40% fall in non-HDL", "keywords": ["blood test", "liver", "3 months", "12 months", "40%", "recheck"]}, {"point": "Addresses Ramadan: atorvastatin can be taken at any time of day, e.g. at iftar or suhoor", "keywords": ["any time", "iftar", "suhoor", "ramadan", "evening"]}, {"point": "Offers a patient decision aid or leaflet and agrees a follow-up whatever she decides", "keywords": ["decision aid", "leaflet", "written", "follow up", "review", "appointment"]}], "interpersonal": [{"point": "Elicits her perspective before giving information", "keywords": ["what do you think", "your thoughts", "how do you feel", "views"]}, {"point": "Respects her autonomy and states that the decision is hers", "keywords": ["your decision", "your choice", "up to you", "respect", "no pressure"]}, {"point": "Uses absolute numbers or visual aids rather than jargon, in chunks, checking understanding", "keywords": ["out of 100", "picture", "make sense", "okay so far", "understand"]}, {"point": "Responds sensitively to her fear about her father's early heart attack", "keywords": ["father", "dad", "54", "frighten", "understand", "worr"]}, {"point": "Summarises the agreed decision and next steps", "keywords": ["summar", "agreed", "plan", "next step", "recap"]}]}$cb$::jsonb
),
(
  'dd334cce-cb19-5647-985f-152f5ea93ea3',
  $cb$GAST-01-rectal-bleeding-bowel-change$cb$,
  $cb$A change in bowel habit$cb$,
  $cb$Gastroenterology$cb$,
  $cb$Suspected colorectal cancer$cb$,
  'Clinical',
  'history',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA', 'AMC']::text[],
  'core',
  $cb$You are an FY2 doctor in a GP surgery in North Yorkshire. Your next patient is Mrs Pauline Whitfield, 67, a retired librarian, who has booked an appointment about "bowel problems".

From her notes: hypothyroidism on levothyroxine 75 micrograms daily; thyroid function normal 11 months ago. Allergic to penicillin (rash). No other significant history.

The healthcare assistant recorded today: pulse 92/min regular, BP 126/78 mmHg, temperature 36.7 °C, BMI 25.

Task (10 minutes): Take a focused history from Mrs Whitfield, explain what you think needs to happen next and agree a plan with her. You do not need to examine her in this station, but tell her what examination you would offer and why.$cb$,
  $cb$OPENING LINE: "I'm sorry to bother you, doctor – it's a bit embarrassing. My bowels haven't been right for a while."

HISTORY:
- You are Pauline Whitfield, 67, a retired librarian who lives alone in a bungalow in Harrogate.
- About eight weeks ago your bowels changed. You used to go once a day, well formed. Now you go three or four times a day, looser and "mushy", sometimes in a hurry.
- Blood: four or five times in the past month – dark red, mixed in with the motion and some on the paper. Never black or tar-like. No large clots.
- A crampy ache low down on the left before you open your bowels, easing afterwards. No vomiting, no fever.
- You have felt tired and washed out for about two months and get out of puff on the stairs.
- No recent travel, antibiotics or new foods; nobody at home has been ill.
- Past history: underactive thyroid for 15 years (levothyroxine 75 micrograms each morning, taken properly). Piles after your second baby 40 years ago. Allergy: penicillin (rash).
- Social: your daughter Claire lives nearby; you look after her two children two afternoons a week. You volunteer at a hospice charity shop and walk with a U3A group. Never smoked. Alcohol: a sherry at Christmas.

IDEAS, CONCERNS AND EXPECTATIONS: You hope it is your piles come back or "something I've eaten", and you would like a cream. Underneath, you are frightened it is cancer. You do not want to be a burden on Claire, and you are dreading hospitals after what happened to your husband.

REVEAL ONLY IF ASKED:
- She has lost about 4 kg in three months without trying; her skirts are loose.
- She often feels she hasn't finished emptying her bowels.
- Her father "had a growth taken out of his bowel" in his early seventies and died a few years later.
- A bowel screening kit came in the post about 18 months ago; she put it in a drawer and never did it.
- Her husband Brian died of pancreatic cancer two years ago; she nursed him at home.
- There has sometimes been mucus with her motions.

HOW TO BEHAVE: Softly spoken, apologetic and embarrassed – avoid eye contact when describing the blood and use words like "motions" and "down below". If the doctor puts you at ease, speak more freely. Give a cue early: "After everything last year and the year before, I just can't face all that again." If the doctor picks it up, tell them about nursing Brian, and that you didn't do the screening kit because "I couldn't face any more hospitals." If cancer is mentioned, ask quietly: "Do you think it's cancer?" and "Will I need one of those camera tests?" If a rectal examination is offered and explained kindly with a chaperone, agree. If the doctor dismisses your worries or just gives you a cream, thank them and leave (a poor outcome).$cb$,
  array[$cb$She has lost about 4 kg in three months without trying; her skirts are loose.$cb$, $cb$She often feels she hasn't finished emptying her bowels.$cb$, $cb$Her father "had a growth taken out of his bowel" in his early seventies and died a few years later.$cb$, $cb$A bowel screening kit came in the post about 18 months ago; she put it in a drawer and never did it.$cb$, $cb$Her husband Brian died of pancreatic cancer two years ago; she nursed him at home.$cb$, $cb$There has sometimes been mucus with her motions.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Clarifies the change in bowel habit: frequency, consistency and duration", "keywords": ["how often", "loose", "diarrh", "consisten", "how long", "weeks"]}, {"point": "Characterises the bleeding: colour, mixed with stool or on paper, amount", "keywords": ["blood", "colour", "dark", "mixed", "paper", "pan"]}, {"point": "Asks about black stools, mucus and tenesmus", "keywords": ["black", "mucus", "empty", "emptying", "straining"]}, {"point": "Asks about weight loss and appetite", "keywords": ["weight", "appetite", "clothes", "lost"]}, {"point": "Asks about symptoms of anaemia (tiredness, breathlessness)", "keywords": ["tired", "breath", "energy", "dizz", "stairs"]}, {"point": "Asks about abdominal pain or lumps", "keywords": ["tummy", "abdomen", "lump", "cramp", "ache"]}, {"point": "Asks about family history of bowel cancer", "keywords": ["family", "father", "dad", "bowel cancer", "relatives"]}, {"point": "Asks whether she has done NHS bowel screening", "keywords": ["screening", "kit", "post", "test at home"]}, {"point": "Screens for other causes: infection, recent antibiotics, diet, thyroid treatment", "keywords": ["travel", "antibiotic", "eaten", "thyroid", "tablets"]}], "clinical_management": [{"point": "Offers an abdominal and rectal examination with a chaperone, explaining why", "keywords": ["examine", "rectal", "back passage", "finger", "chaperone"]}, {"point": "Explains honestly that bowel cancer needs to be ruled out", "keywords": ["bowel cancer", "cancer", "serious", "rule out"]}, {"point": "Arranges a FIT (faecal immunochemical test) and explains how to collect the sample", "keywords": ["fit", "stool sample", "poo sample", "kit", "sample"]}, {"point": "Arranges bloods: FBC, ferritin, U&E, LFTs, thyroid function", "keywords": ["blood test", "anaemia", "iron", "thyroid", "ferritin"]}, {"point": "Explains that a FIT result of 10 micrograms of haemoglobin per gram of faeces or more (or a mass on examination) means an urgent suspected cancer referral, usually for colonoscopy, and that ongoing symptoms are still acted on if FIT is normal", "keywords": ["referral", "urgent", "colonoscopy", "camera", "two weeks"]}, {"point": "Safety-nets: heavy bleeding, black stools, severe pain or feeling faint needs urgent help", "keywords": ["heavy", "black", "faint", "a&e", "999", "worse"]}, {"point": "Agrees how results will be given and arranges follow-up", "keywords": ["results", "follow", "call", "review", "appointment"]}], "interpersonal": [{"point": "Acknowledges her embarrassment and normalises the conversation", "keywords": ["embarrass", "common", "normal", "talk about"]}, {"point": "Responds to the cue about her husband with empathy", "keywords": ["husband", "brian", "sorry", "loss", "difficult"]}, {"point": "Explores her ideas, concerns and expectation of a cream", "keywords": ["think", "worr", "hoping", "expect", "cream"]}, {"point": "Remains non-judgemental about the unreturned screening kit and checks understanding", "keywords": ["understand", "questions", "lots of people", "no judgement"]}]}$cb$::jsonb
),
(
  '7db79cc0-a5ac-58ea-9d40-120c22617300',
  $cb$GAST-02-epigastric-pain-builder$cb$,
  $cb$Upper tummy pain in a builder$cb$,
  $cb$Gastroenterology$cb$,
  $cb$Peptic ulcer disease (NSAID-associated)$cb$,
  'Clinical',
  'history',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'foundation',
  $cb$You are an FY2 doctor in a GP surgery in Bristol. Your next patient is Mr Lee Hammond, 45, a self-employed bricklayer, who has booked an appointment about stomach pain.

From his notes: seen eight weeks ago with mechanical low back pain after lifting at work; prescribed ibuprofen 400 mg three times daily with food for two weeks (42 tablets) and advised to keep active. No other medical history. No regular medicines. No known drug allergies.

Observations today: pulse 78/min regular, BP 136/84 mmHg, temperature 36.6 °C, BMI 28. He looks well and is not pale.

Task (10 minutes): Take a focused history from Mr Hammond, explain your working diagnosis and agree a management plan with him. You do not need to examine him; assume his abdomen is soft with mild epigastric tenderness and no masses.$cb$,
  $cb$OPENING LINE: "I've got this gnawing pain up here" (point to the upper middle of your tummy) "– it's been going on a few weeks and the Rennies aren't touching it any more."

HISTORY:
- You are Lee Hammond, 45, a self-employed bricklayer in Bristol. You are married to Kerry, a hairdresser, and have two teenage sons.
- The pain started about four weeks ago, just below the breastbone in the upper tummy. It is burning and gnawing, about 6 out of 10, and does not spread anywhere. It is worse when you are hungry and in the early hours – it wakes you around 2 am about three nights a week. Food, a glass of milk or Rennies ease it for a while.
- You feel bloated and a bit queasy in the mornings but have not vomited.
- It is not brought on by exertion: you carry bricks and climb ladders all day without chest pain or breathlessness.
- Your appetite is fine and your weight is steady. No difficulty swallowing. No yellow skin.
- Two months ago you hurt your lower back lifting a concrete lintel. The GP gave you ibuprofen for two weeks. The back is better but still aches by the end of the day. No other medical problems. No allergies.
- About five mugs of coffee a day. Meals are irregular – often nothing until a big tea at 8 pm.

IDEAS, CONCERNS AND EXPECTATIONS: You think it is "acid" from stress and eating at odd hours on site. You want "something stronger for the acid" and to keep taking ibuprofen because your back needs it. Your main worry is money: you are self-employed with a big extension job on, and no work means no pay. A mate from the pub recently "had a camera down" and you wonder whether you need one.

REVEAL ONLY IF ASKED:
- He never stopped the ibuprofen: he buys it from the supermarket and takes two 200 mg tablets three or four times a day, plus extra Nurofen from the petrol station on heavy days – up to 16 tablets (3,200 mg) a day, often on an empty stomach in the van.
- His stools have been normal brown; he has not seen black, tarry stools and has never vomited blood.
- He drinks four or five pints on Friday and Saturday nights and a couple of cans most weeknights (about 35 units a week).
- He smokes about 15 roll-ups a day.
- He has not tried physiotherapy or any other painkiller for his back.
- His dad had "a stomach ulcer" in his fifties.

HOW TO BEHAVE: Down-to-earth, friendly and a bit impatient – you want to get back to site. Downplay the ibuprofen ("just the odd Nurofen") until asked specifically how many you take. When told to stop it, push back: "My back's killing me by the end of the day – how am I supposed to work?" Soften if the doctor offers a realistic plan for your back and acknowledges the pressure of being self-employed. If lectured about drink and smoking, get defensive; if asked whether you'd like help, say you might think about cutting down the roll-ups. Ask: "Is it an ulcer?", "Do I need a camera down?" and "How long before it settles?"$cb$,
  array[$cb$He never stopped the ibuprofen: he buys it from the supermarket and takes two 200 mg tablets three or four times a day, plus extra Nurofen from the petrol station on heavy days – up to 16 tablets (3,200 mg) a day, often on an empty stomach in the van.$cb$, $cb$His stools have been normal brown; he has not seen black, tarry stools and has never vomited blood.$cb$, $cb$He drinks four or five pints on Friday and Saturday nights and a couple of cans most weeknights (about 35 units a week).$cb$, $cb$He smokes about 15 roll-ups a day.$cb$, $cb$He has not tried physiotherapy or any other painkiller for his back.$cb$, $cb$His dad had "a stomach ulcer" in his fifties.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Characterises the pain: site, character, timing, relation to food and night waking", "keywords": ["where", "burning", "gnawing", "food", "eat", "night"]}, {"point": "Asks about radiation and exertional features to exclude a cardiac cause", "keywords": ["exert", "chest", "radiat", "back", "breathless", "ladder"]}, {"point": "Asks about GI bleeding: vomiting blood and black, tarry stools", "keywords": ["blood", "vomit", "black", "tarry", "stools"]}, {"point": "Asks about other red flags: difficulty swallowing, weight loss, persistent vomiting", "keywords": ["swallow", "weight", "vomit", "appetite"]}, {"point": "Takes a detailed analgesic history, including over-the-counter ibuprofen and daily dose", "keywords": ["ibuprofen", "nurofen", "how many", "tablets", "counter", "painkiller"]}, {"point": "Quantifies alcohol and smoking", "keywords": ["alcohol", "drink", "pints", "units", "smok"]}, {"point": "Asks about reflux, family history of ulcers and other relevant medicines (aspirin, steroids)", "keywords": ["heartburn", "acid", "family", "aspirin", "steroid"]}, {"point": "Explores the back pain and the impact on his work", "keywords": ["back", "work", "self-employed", "job", "lifting"]}], "clinical_management": [{"point": "Explains the likely diagnosis of an ulcer or inflamed stomach lining caused mainly by ibuprofen, worsened by alcohol and smoking", "keywords": ["ulcer", "stomach lining", "inflam", "ibuprofen", "gastritis"]}, {"point": "Advises stopping all ibuprofen and other anti-inflammatories, including over-the-counter products", "keywords": ["stop", "ibuprofen", "nurofen", "anti-inflammator", "naproxen"]}, {"point": "Offers a proton pump inhibitor (e.g. omeprazole or lansoprazole) for 4-8 weeks and explains how to take it", "keywords": ["omeprazole", "lansoprazole", "acid", "ppi", "weeks"]}, {"point": "Arranges H. pylori testing (stool antigen or breath test, before the PPI or after a 2-week break) and eradication therapy if positive", "keywords": ["pylori", "bug", "breath test", "stool", "bacteria"]}, {"point": "Arranges FBC to check for anaemia", "keywords": ["blood test", "anaemia", "blood count", "iron"]}, {"point": "Offers an NSAID-free plan for his back pain (staying active, exercises, physiotherapy, heat; if needed a short course of a weak opioid, warning about drowsiness, driving and ladders)", "keywords": ["physio", "exercise", "codeine", "heat", "alternative", "drows"]}, {"point": "Safety-nets: black stools, vomiting blood or collapse needs 999/A&E; swallowing problems, weight loss or persistent vomiting needs urgent review and endoscopy", "keywords": ["999", "a&e", "black", "vomit", "camera", "endoscopy"]}, {"point": "Offers support to cut down alcohol and stop smoking, and arranges follow-up in about 4 weeks", "keywords": ["cut down", "alcohol", "smok", "follow", "review", "weeks"]}], "interpersonal": [{"point": "Explores his ideas, concerns and expectations", "keywords": ["think", "worr", "expect", "hoping"]}, {"point": "Acknowledges the financial pressure of self-employment and tailors the plan", "keywords": ["self-employed", "money", "work", "afford", "understand"]}, {"point": "Discusses alcohol and smoking non-judgementally, asking about readiness to change", "keywords": ["ready", "help", "support", "cut down", "thought about"]}, {"point": "Checks understanding and invites questions", "keywords": ["make sense", "questions", "understand", "recap"]}]}$cb$::jsonb
),
(
  '00f6a73a-02de-5162-bae7-2a26dc6f67b6',
  $cb$GENE-01-positive-fit-colonoscopy$cb$,
  $cb$Results of a stool test$cb$,
  $cb$Gastroenterology$cb$,
  $cb$Positive FIT with change in bowel habit: urgent colorectal referral$cb$,
  'Communication',
  'explanation',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are an FY2 doctor in general practice. Mr Desmond (Des) Clarke, 62, saw your GP colleague three weeks ago with two months of looser, more frequent stools. Abdominal and rectal examinations were normal. A faecal immunochemical test (FIT) and bloods were sent.

Results:
- FIT: 38 µg Hb/g faeces (threshold for referral: 10 µg Hb/g)
- FBC, ferritin, U&E, LFT, CRP, TSH and coeliac serology: all normal

Past history: type 2 diabetes on metformin 1 g twice daily. No other medicines.

This morning your colleague made an urgent suspected cancer referral to the lower GI (colorectal) team. The hospital should contact Mr Clarke within the next week or two; the aim is for cancer to be confirmed or ruled out within 28 days, and many patients on this pathway go straight to a colonoscopy.

Task: explain the result and the referral to Mr Clarke, explain what a colonoscopy involves, and address his concerns. You do not need to take a full history. You have 10 minutes.$cb$,
  $cb$OPENING LINE: "They rang and said the doctor wants to see me about my poo test. They don't call you in for good news, do they?"
HISTORY: You are Desmond (Des) Clarke, 62, a postman in Handsworth, Birmingham, for 35 years. Your parents came from Jamaica in the 1950s. For about two months your bowels have been looser, two or three times a day instead of once, with no obvious reason. You haven't seen any blood, you have no tummy pain, you haven't lost weight and you feel fairly well, perhaps a bit more tired. The GP examined you (including "the finger test") and gave you a sample kit, which you sent off. You have type 2 diabetes and take metformin; you check your sugars now and then. No allergies. You stopped smoking 20 years ago and drink a can of Red Stripe on a Sunday. Family: your older brother Winston died of bowel cancer three years ago, aged 58. He ignored his symptoms for a year, had an operation that left him with a bag, then chemotherapy, and died within 18 months. You helped care for him and hated seeing him struggle with the bag. Social: married to Pauline, a school dinner lady; your daughter Kerry-Ann has two young children. You drive a Royal Mail van and start at 5.30 am. You plan to retire at 65.
IDEAS, CONCERNS AND EXPECTATIONS: Ideas: you are sure the test means you have cancer, "the same as Winston". Concerns: dying like your brother; having a bag; the camera test itself (embarrassment, pain, "a tube up there"); time off work. Expectations: you want the doctor to tell you straight, and you want to know how quickly things will happen.
REVEAL ONLY IF ASKED:
- Your brother Winston died of bowel cancer at 58 after having a stoma bag.
- You received an NHS bowel screening kit at 60 and threw it away out of embarrassment; you feel guilty.
- You take metformin for diabetes and don't know whether to take it during the bowel preparation.
- Pauline can take you to the hospital and stay with you.
- You are most frightened of ending up with a bag.
HOW TO BEHAVE: You are a big, friendly man who is clearly frightened: jiggling your knee, making nervous jokes, not quite meeting the doctor's eye. If the doctor asks what you know about the test, say "it's for cancer, isn't it?" If asked why you think that, tell them about Winston; your voice cracks. If the doctor says the word "positive" without explaining it, assume the worst: "So I've got it." Respond with visible relief if the doctor explains clearly that the test picks up tiny traces of blood that can come from many things (piles, polyps, inflammation), that most people with this result do not have cancer, but that it must be checked quickly, and that if anything is found early it is much more treatable. Ask: "Why the rush, then, if it's probably nothing?", "Is it the same thing Winston had?" and "Will I end up with a bag?" Ask about the colonoscopy: "Does it hurt?", "Will I be awake?", "What's this drink I've heard about?" and "Can I drive to work after?" If the doctor is vague or over-reassuring ("I'm sure it's nothing"), become suspicious and quiet. If the doctor acknowledges your brother's death and is honest, open up and mention the screening kit you threw away. If the doctor is kind about it rather than judgemental, say "I won't do that again." If the doctor checks what you have understood, you can repeat the main points. At the end ask: "What if I don't hear anything?"$cb$,
  array[$cb$His brother died of bowel cancer at 58 after having a stoma bag$cb$, $cb$He threw away his NHS bowel screening kit at 60 out of embarrassment and feels guilty$cb$, $cb$He takes metformin and does not know whether to take it during the bowel preparation$cb$, $cb$His wife can take him to the hospital and stay with him$cb$, $cb$He is most frightened of ending up with a stoma bag$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes what he knows about why the test was done and what he thinks the result means", "keywords": ["know", "understand", "why", "test", "think it means"]}, {"point": "Explores his fear of cancer and elicits his brother's history", "keywords": ["brother", "winston", "family", "cancer", "worr"]}, {"point": "Asks how much information he would like", "keywords": ["how much", "detail", "want to know", "straight"]}, {"point": "Checks for any new or worsening symptoms (bleeding, weight loss, pain)", "keywords": ["bleeding", "weight", "tummy pain", "worse", "symptoms", "since"]}, {"point": "Asks about medicines that may need adjusting for the preparation or procedure (metformin, blood thinners, iron)", "keywords": ["metformin", "diabetes", "medic", "blood thinner", "iron", "tablets"]}, {"point": "Explores practical issues: who can accompany him, work and driving", "keywords": ["work", "drive", "someone", "take you", "pauline", "wife"]}, {"point": "Checks his understanding of the result and plan", "keywords": ["own words", "understand", "recap", "explain back", "make sense"]}], "clinical_management": [{"point": "Explains that FIT detects tiny amounts of blood not visible to the eye and his result is above the level that needs checking", "keywords": ["blood", "tiny", "can't see", "level", "above", "traces"]}, {"point": "Explains that possible causes include piles, polyps, inflammation and cancer, and that most people with this result do not have cancer", "keywords": ["piles", "polyps", "inflammation", "most people", "not cancer", "causes"]}, {"point": "Explains honestly why it is urgent: to rule out cancer, and finding anything early makes it much more treatable; polyps can be removed to prevent cancer", "keywords": ["urgent", "rule out", "early", "treatable", "remove", "two weeks"]}, {"point": "Explains colonoscopy: a flexible camera through the back passage to look at the large bowel, biopsies and polyp removal, about 20 to 45 minutes", "keywords": ["camera", "back passage", "bowel", "biopsy", "polyp", "minutes"]}, {"point": "Explains bowel preparation: low-fibre diet, a laxative drink, staying near a toilet, and that the unit will advise about metformin", "keywords": ["prep", "laxative", "drink", "low fibre", "toilet", "metformin"]}, {"point": "Explains comfort options: sedation (escort needed, no driving for 24 hours) or gas and air (may drive after about 30 minutes)", "keywords": ["sedation", "gas and air", "entonox", "24 hours", "drive", "escort"]}, {"point": "Mentions the main risks in proportion: bleeding and perforation are uncommon (perforation about 1 in 1,000, higher if polyps are removed) and a small chance of missing something", "keywords": ["bleed", "perforat", "tear", "thousand", "rare", "risk"]}, {"point": "Gives practical next steps and safety-netting: hospital should call within the next week or two (answer unknown numbers); contact the surgery if he hears nothing; seek urgent help for heavy bleeding, severe pain or vomiting", "keywords": ["call", "week or two", "unknown number", "hear nothing", "bleeding", "urgent"]}], "interpersonal": [{"point": "Acknowledges his fear and the loss of his brother with empathy", "keywords": ["sorry", "brother", "winston", "frighten", "understand"]}, {"point": "Is honest without false reassurance (does not say it is definitely nothing)", "keywords": ["honest", "can't promise", "don't know yet", "not certain"]}, {"point": "Responds non-judgementally to the discarded screening kit and encourages future screening", "keywords": ["screening", "kit", "not alone", "future", "embarrass"]}, {"point": "Uses plain language, chunks information and checks understanding", "keywords": ["make sense", "okay so far", "questions", "plain"]}, {"point": "Offers written information and summarises the plan", "keywords": ["leaflet", "written", "summar", "plan", "questions"]}]}$cb$::jsonb
),
(
  '9879bda8-75dd-5742-b27a-2d998fbdc900',
  $cb$GERI-01-collateral-history-new-confusion$cb$,
  $cb$Mum isn't herself - the daughter's account$cb$,
  $cb$Geriatric medicine$cb$,
  $cb$Multifactorial delirium (UTI, anticholinergic/opioid drugs, constipation)$cb$,
  'Clinical',
  'history',
  $cb$Acute medical unit$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are an FY2 doctor on the acute medical unit. It is 14:00 on a Monday.

Gloria Campbell, 82, was brought in this morning after a neighbour found her at a bus stop at 07:00 in her nightdress, agitated and muddled. She is now in a side room; she is disorientated in time and place and cannot give a reliable history. Her 4AT score is 9.

Observations: temperature 37.8°C, heart rate 98 bpm, blood pressure 128/70 mmHg, respiratory rate 18/min, oxygen saturation 96% on air, capillary glucose 7.1 mmol/L. Blood results are awaited.

Her daughter, Marcia Campbell, has just arrived from work. Mrs Campbell is not currently able to take part in the discussion; sharing information with her daughter is in her best interests.

Your task (8 minutes):
- Take a collateral history from Marcia.
- Explain what you think is happening and outline the plan.
- Address her concerns.$cb$,
  $cb$OPENING LINE: "I came straight from work. What's happened to my mum? She didn't even know who I was on the phone yesterday."

HISTORY: You are Marcia Campbell, 54, an operations manager at a bus depot. Your mum, Gloria, is 82. She came from Jamaica in 1962 and was a school cook. Your dad, Winston, died eight months ago. Mum lives alone in a ground-floor flat; you live 15 minutes away with your husband and two teenagers.
Before this: Mum was independent. She washed, dressed, cooked, shopped by bus and went to church every Sunday. Over the past year she has been a little repetitive, sometimes misplaces her glasses and once forgot a hospital appointment, but she managed well. You fill her pill organiser every Sunday.
This episode: last Wednesday and Thursday you were away at a work conference. On Thursday at 3 am she phoned saying there were "men in the garden". On Friday she was "all over the place" - muddled about the day, called you by her sister's name, and said there were insects crawling on the wall. On Saturday morning she seemed almost herself, but by the evening she was confused again and agitated. She has been sleeping in the day and up at night. On Friday you found her on the bathroom floor; she said she had been there "a while" and could not get up. You saw no obvious head injury.
Waterworks: the week before last she was going to the toilet a lot, said it "burns", and her pads have been wet and smelly. She has been drinking very little because of the leaking. She has hardly eaten for four days and has not opened her bowels for about five days; she has complained of tummy ache.
Medicines: amlodipine 5 mg, bendroflumethiazide 2.5 mg (for years), sertraline 50 mg (started three months ago by the GP after Dad died), oxybutynin 5 mg twice a day (started two weeks ago for the leaking), and co-codamol 8/500 she buys from the chemist for her knees - you found an empty box and a half-used one. No alcohol (she is teetotal) and she has never smoked. No allergies.
Senses: she has a hearing aid for her left ear but has not worn it for a couple of weeks because the battery went flat. She lost her reading glasses last week.
Other: you have lasting power of attorney for her finances only, set up after Dad died - not for health decisions.

IDEAS, CONCERNS AND EXPECTATIONS: You are sure this is Alzheimer's - your Auntie Pearl had it and "went downhill just like this". You are scared Mum will have to go into a care home; she made you promise "never put me in a home". You feel guilty you were away. You work full time and cannot care for her yourself. You want to know whether she will get back to normal.

REVEAL ONLY IF ASKED:
- Her confusion comes and goes and is worse in the evening and at night.
- She has been seeing people and insects that are not there.
- She was found on the bathroom floor on Friday.
- The oxybutynin was started two weeks ago.
- She buys co-codamol from the chemist.
- She has not opened her bowels for about five days.
- She has not been wearing her hearing aid and has lost her glasses.
- You have power of attorney for finances only.

HOW TO BEHAVE: Anxious and businesslike at first - you are used to organising things. Your voice cracks when you mention Dad's death and being away at the conference. If the doctor explains that this could be a reversible condition, you are visibly relieved: "So she might come back to herself?" Ask: "Is it dementia?", "Is it the new bladder tablets?" and "Will she have to go into a home?" If the doctor uses jargon like "delirium" without explaining it, ask what that means. Offer to bring in her glasses and hearing-aid batteries if the doctor mentions how helpful familiar things are.$cb$,
  array[$cb$Confusion fluctuates and is worse in the evening and at night$cb$, $cb$Visual hallucinations of people and insects$cb$, $cb$Found on the bathroom floor on Friday (possible long lie; no witnessed head injury)$cb$, $cb$Oxybutynin started two weeks ago$cb$, $cb$Buys co-codamol 8/500 over the counter$cb$, $cb$Bowels not opened for about five days$cb$, $cb$Not wearing her hearing aid and has lost her glasses$cb$, $cb$Marcia holds lasting power of attorney for property and finance only$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes the onset and time course of the confusion (acute, over days)", "keywords": ["when", "started", "how long", "sudden", "days"]}, {"point": "Asks whether the confusion fluctuates or is worse at night", "keywords": ["fluctuat", "come and go", "worse", "night", "evening"]}, {"point": "Asks about hallucinations, agitation, drowsiness or altered sleep pattern", "keywords": ["seeing things", "hallucinat", "agitat", "drowsy", "sleep"]}, {"point": "Establishes baseline cognition and function before this illness", "keywords": ["before", "normally", "usually", "memory", "manage", "independent"]}, {"point": "Asks about symptoms of infection, including urinary symptoms, cough and fever", "keywords": ["urine", "burn", "toilet", "cough", "fever", "temperature"]}, {"point": "Takes a full medication history including recent changes and over-the-counter medicines", "keywords": ["medication", "tablets", "new", "started", "over the counter", "chemist"]}, {"point": "Asks about bowels, eating and drinking", "keywords": ["bowels", "constipat", "eating", "drinking", "fluids"]}, {"point": "Asks about falls or head injury, pain and alcohol", "keywords": ["fall", "head", "alcohol", "in pain", "floor"]}, {"point": "Asks about hearing and vision aids and her social circumstances", "keywords": ["glasses", "hearing", "lives alone", "support", "carers"]}], "clinical_management": [{"point": "Explains delirium in plain words as a sudden, often reversible confusion caused by physical illness or medicines", "keywords": ["delirium", "sudden", "confusion", "reversible", "physical"]}, {"point": "Identifies likely contributors: urinary infection, oxybutynin, codeine, constipation, dehydration, low sodium", "keywords": ["oxybutynin", "bladder tablet", "codeine", "infection", "sodium", "dehydrat"]}, {"point": "Outlines investigations: bloods including sodium and calcium, urine culture (not relying on a dipstick), ECG, and consideration of a CT head given the fall", "keywords": ["blood tests", "sodium", "urine sample", "culture", "ecg", "ct"]}, {"point": "Plans a medication review: stop oxybutynin and co-codamol, review sertraline and the thiazide", "keywords": ["stop", "hold", "review her medic", "bladder", "co-codamol"]}, {"point": "Describes supportive measures: family visits, glasses and hearing aid, orientation, sleep, fluids, avoiding ward moves", "keywords": ["hearing aid", "glasses", "familiar", "visit", "orientat", "sleep"]}, {"point": "Explains that dementia cannot be diagnosed during delirium and that memory can be assessed after recovery", "keywords": ["dementia", "memory", "later", "once recovered", "assessment"]}, {"point": "Discusses discharge planning and support, including therapy assessment and decision-making (capacity, power of attorney)", "keywords": ["home", "support", "occupational therap", "power of attorney", "capacity"]}], "interpersonal": [{"point": "Acknowledges Marcia's guilt and distress", "keywords": ["not your fault", "guilt", "away", "difficult", "understand"]}, {"point": "Explores her ideas about dementia and her care-home worries", "keywords": ["worried", "dementia", "care home", "what do you think"]}, {"point": "Explains without jargon and checks understanding", "keywords": ["make sense", "questions", "understand", "mean"]}, {"point": "Invites her involvement in her mother's care", "keywords": ["bring", "visit", "involve", "help"]}]}$cb$::jsonb
),
(
  '480ebe9f-0d85-5fb5-888b-d3446129bcae',
  $cb$GERI-02-recurrent-falls-examination$cb$,
  $cb$Three falls in two months$cb$,
  $cb$Geriatric medicine$cb$,
  $cb$Multifactorial falls, including drug-induced orthostatic hypotension$cb$,
  'Clinical',
  'examination',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'advanced',
  $cb$You are a GP specialty trainee. Gurdev Singh Sandhu, 79, has come to an extended appointment with his wife after three falls at home in the last two months. No fracture was found when he attended the minor injuries unit last month.

Healthcare assistant findings today: heart rate 72 bpm, regular; seated blood pressure 146/80 mmHg; BMI 26 kg/m2; capillary glucose 5.1 mmol/L. HbA1c last month: 46 mmol/mol.

Current medicines: amlodipine 10 mg once daily; ramipril 5 mg once daily; doxazosin 4 mg once daily (added 10 weeks ago); metformin 1 g twice daily; gliclazide 80 mg twice daily; atorvastatin 20 mg at night; zopiclone 7.5 mg at night (for six months); paracetamol as needed.

Your task (10 minutes):
- Perform a focused falls examination, including lying and standing blood pressure and an assessment of gait and balance. The examiner will give you findings.
- Summarise your findings to Mr Sandhu, review his medicines with him, and outline a plan.$cb$,
  $cb$OPENING LINE: "My wife made me come. I keep ending up on the floor, doctor, but I'm not sure why - my legs just go."

HISTORY: You are Gurdev Singh Sandhu, 79. You came to Leicester from Punjab in 1966 and worked in a textile mill. You live with your wife Harjit, 76, in a house with the bathroom upstairs.
Falls: three in the last two months. Twice it happened when you got up at night to pass urine: you stood up from the bed, felt light-headed and "swimmy", and your legs gave way. The third time was in the garden an hour before lunch: you felt sweaty, shaky and hungry beforehand and then fell. No blackouts, chest pain, palpitations or tongue-biting. After one night-time fall you could not get up and lay on the landing carpet for about 20 minutes until Harjit helped you. You bruised your left hip. You get up three times a night to pass urine.
You feel unsteady in the dark and on uneven ground. Your toes have felt numb for a year or so. You have a cataract in your right eye and are on the waiting list; you wear varifocal glasses all the time. You wear old backless slippers at home.
You are now frightened of falling and have stopped going to the gurdwara on your own, which you miss.
Past medical history: type 2 diabetes for 15 years, high blood pressure, enlarged prostate. The doxazosin was added ten weeks ago because your blood pressure was high at a review and "it would help the waterworks too". Zopiclone was started six months ago after your brother died, meant as a short course. No allergies. Non-smoker; no alcohol.

IDEAS, CONCERNS AND EXPECTATIONS: You think it is "old age". Harjit thinks it is your sugar. You are afraid of breaking your hip like your friend Mohinder, who never went home from hospital. You do not want to stop the sleeping tablet. You would like to get your confidence back.

REVEAL ONLY IF ASKED:
- Two falls happened on standing up at night to pass urine.
- You felt sweaty, shaky and hungry before the garden fall.
- You lay on the floor for 20 minutes after one fall.
- Your toes have felt numb for about a year.
- You wear backless slippers and varifocal glasses.
- You have stopped going to the gurdwara alone.

HOW TO BEHAVE: Polite, stoic and slow to stand. When you stand up for the blood pressure test, say, "Ooh, that's the same feeling I get at night." When asked to stand with your feet together and eyes closed, sway and reach out. Walk slowly and hold onto the desk. If the doctor suggests stopping the zopiclone, resist at first ("I won't sleep a wink") but accept a gradual reduction if it is explained well. Ask: "Do I need a walking stick?" and "Will I break my hip?"

FOR THE EXAMINER: Give each finding when the candidate performs that step.
- Lying BP after 5 minutes supine: 152/84 mmHg, HR 70. Standing at 1 minute: 124/74, HR 74, symptomatic light-headedness. Standing at 3 minutes: 126/76, HR 76.
- Pulse regular; heart sounds normal, no murmurs.
- Timed Up and Go: 18 seconds; slow, cautious gait with reduced step length and a slightly wide base; uses the desk; normal arm swing; turns in several steps; no shuffling or festination.
- Romberg: steady with eyes open; sways and has to step with eyes closed.
- Feet: monofilament sensation absent at the toes bilaterally; vibration absent at the great toes, present at the ankles; ankle reflexes reduced; worn backless slippers; no ulcers.
- Tone normal, no tremor or bradykinesia; hip flexion 4+/5 bilaterally, otherwise 5/5; needs his arms to rise from a chair.
- Visual acuity with glasses: right 6/18, left 6/9; fields full.
- AMTS 10/10.
- Tender bruise over the left greater trochanter; full hip movement; weight-bearing.
Expected conclusion: multifactorial falls - orthostatic hypotension (28 mmHg drop; doxazosin), possible gliclazide hypoglycaemia, zopiclone, sensory neuropathy (check B12 on metformin), cataract, varifocals, footwear, nocturia.$cb$,
  array[$cb$Two falls occurred on standing at night to pass urine, with light-headedness$cb$, $cb$Sweaty, shaky and hungry before the garden fall$cb$, $cb$Long lie of about 20 minutes after one fall$cb$, $cb$Numb toes for about a year$cb$, $cb$Wears backless slippers and varifocal glasses$cb$, $cb$Has stopped going to the gurdwara alone because of fear of falling$cb$]::text[],
  $cb${"data_gathering": [{"point": "Introduces self, gains consent and asks about pain or injuries before moving him", "keywords": ["introduce", "consent", "permission", "any pain", "hurt"]}, {"point": "Measures lying blood pressure after at least 5 minutes supine", "keywords": ["lie down", "five minutes", "lying", "blood pressure"]}, {"point": "Measures standing blood pressure at 1 and 3 minutes and asks about symptoms", "keywords": ["stand", "one minute", "three minutes", "dizzy", "light-headed"]}, {"point": "Assesses gait with a Timed Up and Go test, observing steps, arm swing and turning", "keywords": ["timed up and go", "walk", "chair", "turn", "three metres"]}, {"point": "Assesses balance with Romberg's test while standing close for safety", "keywords": ["romberg", "close your eyes", "feet together", "balance"]}, {"point": "Examines the feet: sensation (monofilament or vibration) and footwear", "keywords": ["feet", "monofilament", "vibration", "tuning fork", "slippers", "footwear"]}, {"point": "Checks pulse and heart sounds for murmurs and screens for parkinsonism", "keywords": ["pulse", "murmur", "heart", "tremor", "stiffness"]}, {"point": "Checks vision and brief cognition", "keywords": ["vision", "eyes", "glasses", "memory", "amts", "4at"]}, {"point": "Assesses lower-limb strength, including rising from a chair", "keywords": ["power", "push", "sit to stand", "strength", "legs"]}], "clinical_management": [{"point": "Identifies orthostatic hypotension (systolic drop of 20 mmHg or more) with symptoms", "keywords": ["orthostatic", "postural", "drop", "20", "standing"]}, {"point": "Identifies doxazosin as a likely cause and plans to stop it and review his other blood pressure medicines", "keywords": ["doxazosin", "stop", "blood pressure tablets", "review"]}, {"point": "Recognises hypoglycaemia risk from gliclazide with a tight HbA1c and plans to reduce or stop it", "keywords": ["gliclazide", "hypo", "sugar", "low", "reduce"]}, {"point": "Plans a gradual reduction and stopping of zopiclone", "keywords": ["zopiclone", "sleeping tablet", "reduce", "taper", "gradual"]}, {"point": "Refers to the falls service or physiotherapy for strength and balance training and to OT for a home assessment", "keywords": ["falls clinic", "physio", "strength and balance", "occupational therap", "home"]}, {"point": "Addresses bone health: fracture risk assessment, DEXA, calcium and vitamin D", "keywords": ["bone", "frax", "dexa", "osteoporosis", "vitamin d", "calcium"]}, {"point": "Arranges an ECG and bloods including B12 (metformin and neuropathy) and renal function", "keywords": ["ecg", "b12", "blood test", "kidney"]}, {"point": "Gives practical advice: rise slowly, sit before standing at night, night light or urine bottle, footwear, pendant alarm, cataract follow-up", "keywords": ["slowly", "sit on the edge", "night light", "bottle", "slippers", "alarm"]}], "interpersonal": [{"point": "Explains each step and keeps him safe when standing and walking", "keywords": ["next to you", "safe", "hold", "i'll stand", "careful"]}, {"point": "Explores his fear of falling and its impact on his life", "keywords": ["afraid", "confidence", "gurdwara", "worried", "fear"]}, {"point": "Explains findings in plain language and involves him in medicine decisions", "keywords": ["what do you think", "agree", "make sense", "together"]}, {"point": "Involves his wife with his permission and checks understanding", "keywords": ["harjit", "wife", "questions", "understand"]}]}$cb$::jsonb
),
(
  '8d486ac3-5e93-5ffa-84f7-d1699bafb453',
  $cb$MSK-01-hot-swollen-knee$cb$,
  $cb$Hot, swollen knee$cb$,
  $cb$Musculoskeletal$cb$,
  $cb$Septic arthritis of the knee (differential: acute gout)$cb$,
  'Clinical',
  'examination',
  $cb$Emergency department$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'AMC']::text[],
  'core',
  $cb$You are an FY2 doctor in the emergency department. Mr George Christodoulou, 70, has been brought in by his son with a painful, swollen right knee that started two days ago.

Triage observations: temperature 38.3 °C, pulse 104/min, BP 132/76 mmHg, respiratory rate 20/min, SpO2 96% on air, alert. Capillary glucose 11.2 mmol/L. He was given paracetamol 1 g orally at triage.

His GP record lists type 2 diabetes (metformin 1 g twice daily) and hypertension (ramipril 10 mg and bendroflumethiazide 2.5 mg once daily). Allergy status not yet recorded.

Task (10 minutes): Examine Mr Christodoulou's right knee and anything else you think relevant, asking focused questions as you go. Present your findings to the examiner, then explain to Mr Christodoulou what you think is happening and what needs to happen next. The examiner will give you any findings that cannot be shown on the actor.$cb$,
  $cb$OPENING LINE: "Doctor, please be careful with this knee – I can't even let the bedsheet touch it."

HISTORY:
- You are George Christodoulou, 70, born in Cyprus and living in Palmers Green, north London, with your wife Eleni. You ran a fish-and-chip shop for 35 years; your son Andreas runs it now.
- Two days ago your right knee started aching in the morning; by the evening it was swollen and hot. Now it is very swollen, red and hot, 9 out of 10, and you cannot put any weight on it. Andreas brought you in by car.
- You have lost your appetite and feel weak. No other joints are painful. No injury to the knee apart from the graze (if asked).
- Past history: type 2 diabetes for 12 years (metformin); high blood pressure (ramipril and a "water tablet", bendroflumethiazide). Gout in your left big toe three years ago, which settled with colchicine from the GP; no gout tablets since. You have never had a knee operation or an injection into the knee.
- Non-smoker (stopped 20 years ago).

IDEAS, CONCERNS AND EXPECTATIONS: You are sure it is "the gout again" and want colchicine so you can go home. You are frightened of "a needle in the knee". You worry because your cousin in Cyprus, who also had diabetes, lost his foot to an infection. You want to get home because Eleni doesn't drive and your grandson's name day party is on Saturday.

REVEAL ONLY IF ASKED:
- Eight days ago he knelt on a broken flowerpot while planting tomatoes; it left a graze just below the kneecap that he cleaned himself.
- He is allergic to penicillin – as a young man in Cyprus he "came out in a rash all over".
- Last weekend, at a family christening, he ate a lot of lamb and drank more wine than usual.
- He usually drinks two or three glasses of wine at weekends (about 10 units a week).
- His sugars have been higher than usual this week – 14 to 16 on his meter.
- He had shivers and felt hot and cold last night.

HOW TO BEHAVE: Expressive and in obvious pain: wince and say "Ah!" if the knee is pressed or moved, and stop the doctor firmly if they are rough. Allow a gentle examination if asked and reassured. Keep the knee slightly bent and refuse to straighten it fully. When infection is mentioned, argue: "But I've had gout before – it's the same!" Accept the plan if the doctor explains why infection must be ruled out first. When aspiration is mentioned, say: "A needle in there? Can't you just give me the tablets?" Ask: "Will I have to stay in?" and "Could I lose my leg like my cousin?" Calm down if the doctor is honest, kind and clear; become stubborn if rushed.

FOR THE EXAMINER:
- General: flushed, uncomfortable but alert; sitting with the right knee slightly flexed.
- Look: right knee visibly swollen with loss of the normal contours around the patella; erythema over the front of the knee extending about 3 cm above the patella; a 2 cm healing, crusted graze over the tibial tuberosity with a thin rim of redness. No scars. Left knee normal.
- Feel: right knee markedly warmer than the left; diffusely tender, including both joint lines; large effusion with a positive patellar tap. Popliteal fossa: no mass. A tender, enlarged right inguinal lymph node.
- Move: knee held at about 20° of flexion; active range 20–45°; any passive movement beyond this is severely painful; unable to straight-leg raise. Ligament testing not possible because of pain (acceptable to defer).
- Joint above and below: right hip and ankle have a full, pain-free range.
- Other joints: no tophi on ears, elbows or fingers; left first metatarsophalangeal joint normal.
- Neurovascular: dorsalis pedis and posterior tibial pulses present; sensation normal in the foot.
- If asked: urinalysis glucose ++, no nitrites or leucocytes.$cb$,
  array[$cb$Eight days ago he knelt on a broken flowerpot while planting tomatoes; it left a graze just below the kneecap that he cleaned himself.$cb$, $cb$He is allergic to penicillin – as a young man in Cyprus he "came out in a rash all over".$cb$, $cb$Last weekend, at a family christening, he ate a lot of lamb and drank more wine than usual.$cb$, $cb$He usually drinks two or three glasses of wine at weekends (about 10 units a week).$cb$, $cb$His sugars have been higher than usual this week – 14 to 16 on his meter.$cb$, $cb$He had shivers and felt hot and cold last night.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Introduces self, gains consent, asks about pain and offers analgesia, exposes both legs", "keywords": ["consent", "permission", "painkiller", "both legs", "shorts", "expose"]}, {"point": "Inspects and compares both knees for swelling, redness and skin breaks, noticing the graze", "keywords": ["swelling", "red", "compare", "graze", "cut", "skin"]}, {"point": "Assesses temperature with the back of the hand, comparing both sides", "keywords": ["warm", "hot", "temperature", "back of", "hand"]}, {"point": "Palpates for tenderness and tests for an effusion (patellar tap or sweep test)", "keywords": ["tap", "effusion", "fluid", "sweep", "bulge", "tender"]}, {"point": "Gently assesses active then passive range of movement, noting severe pain on passive movement", "keywords": ["bend", "straighten", "move", "passive", "range"]}, {"point": "Examines the joints above and below and looks for gout elsewhere (tophi, first MTP joint)", "keywords": ["hip", "ankle", "toe", "tophi", "other joints", "ears"]}, {"point": "Checks distal pulses and sensation", "keywords": ["pulses", "feel", "sensation", "foot", "numb"]}, {"point": "Asks focused questions: onset, fever or rigors, injury or skin break, previous gout, immunosuppression, allergies", "keywords": ["fever", "shiver", "injur", "gout", "allerg", "before"]}, {"point": "Presents findings concisely with septic arthritis as the working diagnosis and crystal arthritis as a differential", "keywords": ["septic", "gout", "crystal", "differential", "findings", "summary"]}], "clinical_management": [{"point": "States that septic arthritis must be assumed until excluded, even with a history of gout", "keywords": ["septic", "infection", "joint", "assume", "exclude", "gout"]}, {"point": "Plans joint aspiration before antibiotics (unless this would cause significant delay or he is in septic shock), sending fluid for Gram stain, culture, white cell count and crystal microscopy", "keywords": ["aspirat", "needle", "fluid", "gram", "culture", "crystals"]}, {"point": "Takes blood cultures and bloods (FBC, CRP, U&E, urate, lactate) and requests a knee X-ray", "keywords": ["blood culture", "crp", "bloods", "urate", "lactate", "x-ray"]}, {"point": "Starts IV antibiotics promptly after aspiration, following local guidance and choosing a non-penicillin option because of his allergy", "keywords": ["antibiotic", "iv", "drip", "penicillin", "allergy", "guideline"]}, {"point": "Escalates to a senior and the orthopaedic team; explains admission and possible joint washout in theatre", "keywords": ["orthopaedic", "senior", "admit", "washout", "theatre", "stay"]}, {"point": "Provides analgesia and sepsis care, and withholds metformin while acutely unwell with glucose monitoring", "keywords": ["painkiller", "morphine", "fluids", "metformin", "sugar", "sepsis"]}], "interpersonal": [{"point": "Examines gently, watching his face and stopping when painful", "keywords": ["gentle", "careful", "stop", "tell me", "face"]}, {"point": "Acknowledges his belief that it is gout and explains why infection must be ruled out first", "keywords": ["gout", "why", "understand", "colchicine", "rule out"]}, {"point": "Addresses his fear of the needle and of losing his leg honestly and reassuringly", "keywords": ["needle", "frighten", "cousin", "leg", "worr"]}, {"point": "Considers his worries about Eleni and agrees the plan, checking understanding", "keywords": ["eleni", "wife", "questions", "agree", "understand"]}]}$cb$::jsonb
),
(
  'a141fc20-5d25-56c5-9563-31095b9f76c2',
  $cb$NEUR-01-sudden-headache-at-gym$cb$,
  $cb$Sudden headache during a workout$cb$,
  $cb$Neurology$cb$,
  $cb$Suspected aneurysmal subarachnoid haemorrhage (exertional thunderclap headache)$cb$,
  'Clinical',
  'history',
  $cb$Emergency department$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are an FY2 doctor working in the emergency department of a district general hospital. It is 21:05 on a Wednesday.

Tomasz Nowak, a 38-year-old warehouse shift supervisor, has been brought in by his partner with a headache that began earlier this evening. He has no previous attendances at this hospital.

Triage observations: temperature 37.1°C, heart rate 88 bpm, blood pressure 164/96 mmHg, respiratory rate 16/min, oxygen saturation 98% on air, GCS 15/15, capillary glucose 5.8 mmol/L. The triage nurse gave him paracetamol 1 g at 20:30.

Your task (8 minutes):
- Take a focused history from Mr Nowak.
- Explain to him what you think may be happening and what needs to happen next.
- Respond to any questions or concerns he raises.

You do not need to examine him. The examiner may ask for your differential diagnosis in the final minute.$cb$,
  $cb$OPENING LINE: "Sorry, doctor, can we turn that light down? My head is killing me. It came on like somebody hit me with a bat."

HISTORY: You are Tomasz Nowak, 38, shift supervisor at a supermarket distribution warehouse. You moved here from Poland 14 years ago. Tonight at about ten past seven you were at the gym doing heavy deadlifts. On the third lift you felt a sudden "bang" at the back of your head. It went from nothing to the worst pain of your life within a few seconds - definitely less than a minute. It is all over your head but worst at the back and spreads down into your neck. At the start it was 10 out of 10; now it is 8 out of 10 even after the paracetamol. You felt sick and vomited twice in the changing room. Bright light hurts your eyes and your neck is stiff and sore when you bend your chin down. After the bang you sat on the bench and felt "spaced out"; your gym friend Kuba says you went grey and did not answer him for 10 to 20 seconds, but you did not fall or shake. No weakness, numbness, double vision, blurred vision or trouble speaking. No fever, rash, cough or recent illness. No head injury. You get ordinary tension headaches after night shifts about once a month, eased by paracetamol, but never anything like this. No migraines.
Past medical history: told your blood pressure was "a bit high" at a work health check last year; you never followed it up. Nothing else. Medicines: none regularly. You take a caffeine-based pre-workout powder before the gym. No allergies.
Family history: your mother died in Poland aged 52 from "a bleed on the brain" - you were 19. Your father has high blood pressure.
Social: you live with your partner Ewa (in the waiting room) and daughter Zofia, 6. You smoke about 10 cigarettes a day and have done since 17. Four or five beers at the weekend. No recreational drugs, including cocaine (say so truthfully if asked). You drive to work.

IDEAS, CONCERNS AND EXPECTATIONS: You think you have "pulled something" in your neck lifting, or it is a very bad migraine. Underneath, you are frightened because of your mother - "she had a headache and two days later she was gone." You only say this if the doctor asks what is worrying you or seems genuinely interested. You want stronger painkillers and want to know whether you need a scan. You are due on shift at 6 am and ask whether you will be allowed home.

REVEAL ONLY IF ASKED:
- The pain reached its worst within a few seconds.
- You were lifting heavy weights when it started.
- You briefly "spaced out" and did not respond for 10-20 seconds.
- Your neck is stiff and light hurts your eyes.
- Your mother died of a brain bleed aged 52.
- Your blood pressure was high last year and you smoke 10 a day.
- You take a caffeine pre-workout powder.

HOW TO BEHAVE: Sit with your eyes half closed and a hand on the back of your neck; speak quietly and wince if you move your head. You are scared but play it down ("I'm a big guy, I don't usually make a fuss"). If the doctor dims the light or acknowledges your pain, relax slightly. If they say "it's probably a migraine" without asking how quickly it started, push back: "But it came on so fast - is that normal for a migraine?" If the doctor explains calmly and clearly why you need a scan, settle and cooperate. Ask: "Is this what happened to my mum?" and "Will I need an operation?" If told you need to stay in hospital, ask whether Ewa can come in and who will let your work know. If the doctor uses medical jargon, look confused and ask what it means.$cb$,
  array[$cb$The pain reached its worst within a few seconds$cb$, $cb$He was deadlifting heavy weights when it started$cb$, $cb$He briefly 'spaced out' and did not respond for 10-20 seconds$cb$, $cb$Neck stiffness and photophobia$cb$, $cb$His mother died of a brain haemorrhage aged 52$cb$, $cb$Untreated raised blood pressure and smokes 10 cigarettes a day$cb$, $cb$Uses a caffeine pre-workout powder$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes the speed of onset and time to peak intensity of the headache", "keywords": ["sudden", "how quickly", "seconds", "peak", "worst", "came on"]}, {"point": "Asks what he was doing when the headache started (exertion)", "keywords": ["doing", "lifting", "gym", "exercis", "started"]}, {"point": "Asks about neck pain or stiffness and photophobia", "keywords": ["neck", "stiff", "light", "photophob", "eyes"]}, {"point": "Asks about loss of consciousness, collapse, seizure or confusion", "keywords": ["pass out", "conscious", "blackout", "faint", "fit", "seizure"]}, {"point": "Screens for focal neurological symptoms (weakness, numbness, vision, speech)", "keywords": ["weak", "numb", "vision", "double", "speech"]}, {"point": "Asks about vomiting and about fever or rash to consider meningitis", "keywords": ["vomit", "sick", "fever", "rash", "temperature"]}, {"point": "Asks about previous headaches and whether this one is different", "keywords": ["before", "previous", "usual", "migraine", "different"]}, {"point": "Asks about family history of brain haemorrhage, aneurysm or polycystic kidney disease", "keywords": ["family", "mother", "bleed", "aneurysm", "kidney"]}, {"point": "Asks about risk factors: blood pressure, smoking, alcohol and drugs including cocaine", "keywords": ["blood pressure", "smok", "cocaine", "drugs", "alcohol"]}], "clinical_management": [{"point": "Explains that a sudden severe headache must be investigated urgently to exclude bleeding around the brain", "keywords": ["bleed", "brain", "serious", "rule out", "exclude"]}, {"point": "Arranges an urgent non-contrast CT head scan", "keywords": ["ct", "scan", "urgent", "brain scan"]}, {"point": "Explains that a normal CT within 6 hours of onset usually needs no lumbar puncture, but a later scan may need one at least 12 hours after onset", "keywords": ["lumbar puncture", "spinal", "6 hours", "12 hours", "needle"]}, {"point": "Offers stronger analgesia and an antiemetic in a quiet, dimly lit area", "keywords": ["pain relief", "morphine", "stronger", "anti-sickness", "antiemetic"]}, {"point": "Plans neurological observations, senior review and neurosurgical referral if a bleed is confirmed", "keywords": ["observations", "senior", "neurosurg", "specialist", "monitor"]}, {"point": "Advises that he must stay in hospital and not drive or go to work until results are known", "keywords": ["stay", "work", "drive", "admit", "results"]}, {"point": "Gives a plain-language differential (e.g. exertional headache or migraine versus a bleed)", "keywords": ["migraine", "exertion", "other causes", "possib"]}], "interpersonal": [{"point": "Acknowledges his pain and offers to dim the lights or make him comfortable", "keywords": ["dim", "lights", "comfortable", "sorry", "painful"]}, {"point": "Responds sensitively to his fear about his mother's death", "keywords": ["mother", "mum", "worr", "frighten", "understand"]}, {"point": "Explains without jargon and checks understanding", "keywords": ["make sense", "understand", "questions", "explain"]}, {"point": "Offers to involve his partner Ewa with his permission", "keywords": ["ewa", "partner", "come in", "family"]}]}$cb$::jsonb
),
(
  '36cfec2d-acc3-5227-bda7-b384991bc71f',
  $cb$NEUR-02-recurrent-right-arm-weakness-exam$cb$,
  $cb$Right arm weakness that came back$cb$,
  $cb$Neurology$cb$,
  $cb$Acute ischaemic stroke (left MCA) after a TIA, with probable new AF$cb$,
  'Clinical',
  'examination',
  $cb$Emergency department$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'PACES']::text[],
  'advanced',
  $cb$You are an FY2 doctor in the emergency department. It is 10:20 on a Tuesday.

Patricia Doyle, 66, a retired hairdresser, has arrived by ambulance with her husband. He reports that on Sunday afternoon she had about 20 minutes of clumsiness of her right hand and muddled speech, which settled completely; she did not seek help. This morning she was last seen well at 08:40, when she dropped a mug because her right arm suddenly "went weak". It has not improved.

Paramedic and triage findings: heart rate 96 bpm, irregular; blood pressure 172/94 mmHg; respiratory rate 16/min; oxygen saturation 97% on air; temperature 36.8°C; capillary glucose 6.4 mmol/L; GCS 15/15.

Your task (8 minutes):
- Perform a neurological examination of the upper limbs, with a brief check of facial movement and speech, explaining to the patient what you are doing.
- The examiner will give you any findings that cannot be shown on a healthy volunteer.
- Present your findings and your immediate management plan to the examiner.$cb$,
  $cb$OPENING LINE: "Hello, doctor. I'm so sorry about all the fuss - it's this arm, it just won't do what I tell it."

HISTORY: You are Patricia (Pat) Doyle, 66, a retired hairdresser who ran a salon in Kilburn for 30 years. You grew up in County Mayo. You are right-handed. On Sunday afternoon, while writing a birthday card, your pen kept slipping, your writing went messy and your words came out "jumbled" for about 20 minutes, then everything went completely back to normal. You told your husband Brendan not to fuss. This morning at about 08:40, while making tea, your right arm suddenly felt heavy and you dropped your mug. The arm is still weak, your fingers are clumsy, and the right side of your mouth feels slightly numb and droopy. Now and again you cannot find the word you want, although you understand everything said to you. No headache, no loss of vision, no chest pain. Your right leg feels fine and you walked to the ambulance with help. For the past two months you have noticed your heart "fluttering" now and then; you put it down to coffee.
Past medical history: high blood pressure for eight years, on amlodipine 10 mg daily. Your cholesterol was high last year and you were offered a statin, but you said no ("I don't like taking tablets"). No blood thinners. No allergies.
Family history: your father died of a stroke aged 70 after two years in a nursing home.
Social: you stopped smoking at 50 after 30 years of 20 a day. A glass of wine most evenings. You live with Brendan in a terraced house, are fully independent, drive, and look after your grandson Finn, aged 3, two days a week.

IDEAS, CONCERNS AND EXPECTATIONS: You are afraid this is a stroke like your father's and that you will end up in a home. You feel guilty about not getting help on Sunday. You want to know whether the arm will recover and whether you will still be able to mind Finn.

REVEAL ONLY IF ASKED:
- You are right-handed.
- The details of Sunday's 20-minute episode.
- Your heart has been fluttering for two months.
- You declined a statin last year.
- Your father died after a stroke.

HOW TO BEHAVE: Cooperative, polite, slightly anxious and apologetic. Follow the doctor's instructions. When asked to hold your arms out with palms up and eyes closed, let your right arm slowly drift down and turn palm-inwards. Squeeze and push less strongly with your right arm and hand than your left. Do the finger-to-nose test slowly and a little clumsily on the right; the left side is normal. Once or twice pause to find a word (for example "Can you pass me the... the thing you drink out of?"). Do not overact. If the doctor is rough or gives no explanation, flinch and look uneasy. At the end ask: "Is it a stroke? Will I get better?" and "I should have come in on Sunday, shouldn't I?"

FOR THE EXAMINER: Give each finding when the candidate performs that step.
- General: alert, right-handed. Flattening of the right nasolabial fold with forehead sparing. Mild expressive dysphasia (word-finding pauses); comprehension intact; no dysarthria.
- Pulse: irregularly irregular, 96 bpm.
- Inspection: no wasting, fasciculation or tremor. Right pronator drift.
- Tone: normal in both arms (early after onset).
- Power (MRC) right: shoulder abduction 4/5, elbow flexion 4+/5, elbow extension 4/5, wrist extension 4-/5, finger extension 3/5, finger abduction 4-/5, grip 4-/5. Left 5/5 throughout.
- Reflexes: biceps, triceps and supinator slightly brisker on the right than the left.
- Coordination: right finger-nose slow and clumsy in proportion to weakness; no intention tremor. Left normal.
- Sensation: light touch, pinprick, vibration and proprioception normal and symmetrical; no sensory inattention. Visual fields full if checked.
Expected summary: right face and arm upper motor neurone weakness with expressive dysphasia (left hemisphere) - an acute stroke, not a TIA, as the deficit persists; onset 08:40, within the thrombolysis window; irregular pulse suggests atrial fibrillation.$cb$,
  array[$cb$She is right-handed$cb$, $cb$Sunday's 20-minute episode of right hand clumsiness and jumbled words, fully resolved$cb$, $cb$Palpitations ('fluttering') for two months$cb$, $cb$She declined a statin last year$cb$, $cb$Her father died after a stroke$cb$]::text[],
  $cb${"data_gathering": [{"point": "Introduces self, confirms identity, gains consent, asks about pain and exposes the arms appropriately", "keywords": ["introduce", "consent", "permission", "any pain", "sleeves"]}, {"point": "Inspects for wasting, fasciculation and tremor and tests for pronator drift", "keywords": ["wasting", "fascicul", "drift", "palms up", "close your eyes"]}, {"point": "Assesses tone at the wrist and elbow on both sides", "keywords": ["tone", "relax", "floppy", "stiff", "wrist"]}, {"point": "Tests power systematically (shoulder to fingers), comparing sides", "keywords": ["push", "pull", "shoulder", "elbow", "fingers", "grip", "squeeze"]}, {"point": "Tests biceps, triceps and supinator reflexes, using reinforcement if needed", "keywords": ["reflex", "biceps", "triceps", "supinator", "hammer"]}, {"point": "Tests coordination with finger-nose and rapid alternating movements", "keywords": ["finger", "nose", "coordination", "dysdiadocho", "alternat"]}, {"point": "Tests sensation: light touch, pinprick, vibration and joint position", "keywords": ["sensation", "touch", "sharp", "vibration", "tuning fork", "joint position"]}, {"point": "Checks facial movement (forehead sparing) and speech or language", "keywords": ["smile", "eyebrows", "face", "speech", "words"]}, {"point": "Feels the radial pulse and notes the irregular rhythm", "keywords": ["pulse", "irregular", "rhythm", "heart"]}], "clinical_management": [{"point": "Presents right-sided upper motor neurone weakness of face and arm with expressive dysphasia, localising to the left hemisphere", "keywords": ["upper motor neurone", "left hemisphere", "right-sided", "dysphasia", "localis"]}, {"point": "States this is an acute stroke rather than a TIA because the deficit persists, and states the time of onset", "keywords": ["stroke", "not a tia", "onset", "08:40", "persist"]}, {"point": "Activates the stroke team or hyperacute stroke pathway immediately", "keywords": ["stroke team", "stroke call", "alert", "hyperacute", "thrombolysis"]}, {"point": "Requests an immediate non-contrast CT head with CT angiography", "keywords": ["ct", "angiogra", "scan", "imaging", "immediate"]}, {"point": "Discusses thrombolysis within 4.5 hours (blood pressure below 185/110 needed) and thrombectomy assessment", "keywords": ["thrombolysis", "alteplase", "tenecteplase", "thrombectomy", "185"]}, {"point": "Withholds aspirin until haemorrhage has been excluded on imaging", "keywords": ["aspirin", "antiplatelet", "until", "haemorrhage", "excluded"]}, {"point": "Requests an ECG to confirm atrial fibrillation and notes anticoagulation will be a stroke-team decision later", "keywords": ["ecg", "atrial fibrillation", "anticoag", "af"]}, {"point": "Keeps nil by mouth until a swallow screen has been done", "keywords": ["swallow", "nil by mouth", "eat", "drink"]}], "interpersonal": [{"point": "Explains each step and gives clear instructions during the examination", "keywords": ["going to", "now i", "can you", "explain"]}, {"point": "Maintains comfort and dignity and thanks the patient", "keywords": ["thank", "comfortable", "dignity", "cover"]}, {"point": "Answers 'Is it a stroke?' honestly, without false reassurance, explaining why speed matters", "keywords": ["stroke", "treatment", "quickly", "honest", "time"]}, {"point": "Acknowledges her guilt about Sunday and her concern about her grandson", "keywords": ["sunday", "not your fault", "grandson", "finn", "understand"]}]}$cb$::jsonb
),
(
  'c90459ea-64bd-53ce-bc17-750c88633540',
  $cb$OBGY-01-pain-and-bleeding-7-weeks$cb$,
  $cb$Pain and spotting in early pregnancy$cb$,
  $cb$Obstetrics and gynaecology$cb$,
  $cb$Ectopic pregnancy (suspected left tubal, with signs of rupture)$cb$,
  'Clinical',
  'history',
  $cb$Emergency department$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'AMC']::text[],
  'core',
  $cb$You are an FY2 doctor in the emergency department. It is 13:15 on a Saturday.

Amara Mensah, 32, a nursery practitioner, has self-presented with lower abdominal pain and vaginal bleeding. She tells the triage nurse she is about seven weeks pregnant.

Triage observations: heart rate 108 bpm, blood pressure 104/68 mmHg, respiratory rate 18/min, oxygen saturation 99% on air, temperature 36.9°C. Urine pregnancy test: positive. She has been given no analgesia yet.

Your task (8 minutes):
- Take a focused history.
- Explain to Ms Mensah what you think may be happening.
- Outline the immediate next steps.

You do not need to examine her; the examiner will not give examination findings. You may be asked for your differential diagnosis.$cb$,
  $cb$OPENING LINE: "I'm seven weeks pregnant and I'm bleeding. Please tell me I'm not losing the baby again."

HISTORY: You are Amara Mensah, 32, a nursery practitioner. Your parents came to London from Ghana before you were born. You live with your husband Kwame, a train driver, who is at work today and does not yet know you are here.
Your last period started seven weeks ago today; your cycles are regular, every 28 days. You did a positive home test two weeks ago. This pregnancy was planned and very much wanted. You have not had a scan yet; your booking appointment with the midwife is next week.
Pain: it started yesterday afternoon low down on the left side as a crampy ache. This morning it became sharp and constant, 7 out of 10, and now spreads across the lower tummy. Moving makes it worse. Paracetamol at home did not help.
Bleeding: brown spotting for three days; this morning some fresh red blood - you have used one pad, not soaked. No clots, and nothing that looked like tissue.
Other symptoms: when you lay down on the sofa this morning you had a strange ache at the tip of your left shoulder. In the shower an hour ago you felt light-headed and had to sit on the floor. You have felt an urge to open your bowels but nothing much came. Some nausea and sore breasts since week 5. No vomiting, no burning when passing urine, no unusual discharge, no fever.
Obstetric history: one previous pregnancy last year, a miscarriage at 8 weeks; a scan confirmed it was in the womb and it passed naturally at home.
Gynaecological and sexual history: you had a copper coil for four years, removed eight months ago when you started trying. You had chlamydia at 22, treated with antibiotics. Your smear tests have been normal. No IVF, no previous ectopic pregnancy, no pelvic surgery.
Past medical history: none. Medicines: folic acid 400 micrograms and paracetamol today. Allergies: penicillin gives you a rash. You do not know your blood group. Non-smoker, no alcohol since you found out you were pregnant.

IDEAS, CONCERNS AND EXPECTATIONS: You think you are having another miscarriage and are devastated. You have heard of ectopic pregnancy but do not know what it is. You want a scan now so you can "see the heartbeat". You want Kwame with you.

REVEAL ONLY IF ASKED:
- Pain in the tip of your left shoulder this morning.
- You nearly fainted in the shower.
- Urge to open your bowels.
- You had chlamydia at 22.
- You had a copper coil until eight months ago.
- Your previous miscarriage was confirmed to be in the womb.
- You are allergic to penicillin.

HOW TO BEHAVE: You are frightened and tearful, holding your lower tummy and shifting uncomfortably in the chair. Speak quickly when anxious. If the doctor is calm and kind, you settle enough to answer clearly. If they ask about previous sexually transmitted infections, hesitate, then answer - you are embarrassed. If the doctor says "ectopic", ask "What does that mean? Is the baby in the wrong place?" and "Will I be able to have children?" If they say you may need an operation, become more distressed and ask whether you can call Kwame first. If the doctor promises everything will be fine, you will later feel misled; if they are honest but supportive, thank them. Ask for pain relief if none is offered.$cb$,
  array[$cb$Left shoulder tip pain this morning$cb$, $cb$Nearly fainted in the shower$cb$, $cb$Urge to open her bowels$cb$, $cb$Chlamydia treated at age 22$cb$, $cb$Copper coil removed eight months ago$cb$, $cb$Previous miscarriage was a confirmed intrauterine pregnancy$cb$, $cb$Penicillin allergy (rash)$cb$]::text[],
  $cb${"data_gathering": [{"point": "Confirms the last menstrual period, cycle regularity and gestation", "keywords": ["last period", "lmp", "regular", "cycle", "weeks"]}, {"point": "Characterises the pain: site, onset, character, severity and radiation", "keywords": ["where", "side", "sharp", "out of 10", "started", "spread"]}, {"point": "Quantifies the bleeding: amount, pads, clots, passage of tissue", "keywords": ["bleeding", "pads", "clots", "tissue", "soaked"]}, {"point": "Asks about shoulder tip pain, dizziness or fainting, and bowel urgency", "keywords": ["shoulder", "faint", "dizzy", "light-headed", "bowels"]}, {"point": "Asks about ectopic risk factors: previous ectopic, pelvic infection, coil use, IVF, tubal surgery", "keywords": ["ectopic", "chlamydia", "infection", "coil", "ivf", "surgery"]}, {"point": "Takes an obstetric history including the previous miscarriage", "keywords": ["previous pregnan", "miscarriage", "before", "children"]}, {"point": "Asks whether a scan has confirmed the pregnancy location", "keywords": ["scan", "ultrasound", "midwife", "booking"]}, {"point": "Asks about urinary symptoms, discharge and fever to consider other causes", "keywords": ["urine", "discharge", "fever", "temperature", "burning"]}, {"point": "Asks about blood group or rhesus status and drug allergies", "keywords": ["blood group", "rhesus", "allerg", "negative"]}], "clinical_management": [{"point": "Explains that an ectopic pregnancy must be excluded and that her pulse and shoulder pain may mean internal bleeding", "keywords": ["ectopic", "outside the womb", "tube", "internal bleeding", "bleeding inside"]}, {"point": "Escalates immediately to a senior and the on-call gynaecology team", "keywords": ["gynaecolog", "senior", "registrar", "on-call", "straight away"]}, {"point": "Arranges large-bore IV access and bloods: FBC, group and save or crossmatch, serum hCG, rhesus status", "keywords": ["cannula", "drip", "crossmatch", "group and save", "hcg", "blood test"]}, {"point": "Arranges an urgent transvaginal ultrasound scan", "keywords": ["ultrasound", "scan", "internal", "transvaginal"]}, {"point": "Keeps her nil by mouth, gives analgesia and continues close monitoring of observations", "keywords": ["nil by mouth", "eat or drink", "pain relief", "observations", "monitor"]}, {"point": "Explains possible treatment, such as keyhole surgery, depending on findings", "keywords": ["operation", "keyhole", "laparoscop", "surgery", "methotrexate"]}, {"point": "Mentions anti-D if she is rhesus negative and needs surgery", "keywords": ["anti-d", "rhesus", "negative"]}], "interpersonal": [{"point": "Acknowledges that this is a wanted pregnancy and her fear after the previous miscarriage", "keywords": ["wanted", "miscarriage", "worr", "frighten", "understand"]}, {"point": "Is honest that the pregnancy may not continue, avoiding false reassurance", "keywords": ["honest", "can't be sure", "not sure yet", "possib"]}, {"point": "Offers to contact her husband or another support person", "keywords": ["kwame", "husband", "call", "someone with you"]}, {"point": "Checks understanding and invites questions", "keywords": ["questions", "make sense", "understand", "anything else"]}]}$cb$::jsonb
),
(
  'f042d1a7-c9d0-5c3a-af1f-9d2fe54eda5f',
  $cb$OBGY-02-stopping-pill-visual-aura$cb$,
  $cb$Coming off the pill - what next?$cb$,
  $cb$Sexual and reproductive health$cb$,
  $cb$Migraine with aura: combined hormonal contraception contraindicated (UKMEC 4)$cb$,
  'Communication',
  'explanation',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'foundation',
  $cb$You are an FY2 doctor on a GP placement.

Chloe Bennett, 26, a trainee accountant, saw the practice nurse last week for a routine pill check. She has taken a combined oral contraceptive (levonorgestrel 150 micrograms / ethinylestradiol 30 micrograms, 21-day packs) for six years. She described three recent episodes of visual disturbance followed by headache. Your GP supervisor reviewed her on the same day and diagnosed migraine with aura; neurological examination was normal. Blood pressure 118/74 mmHg, BMI 23 kg/m2, non-smoker. The supervisor asked her to book with you to discuss contraception, and the combined pill was not reissued.

She is on day 17 of her current pack.

Your task (8 minutes):
- Explain to Ms Bennett why the combined pill is no longer recommended for her.
- Discuss suitable alternatives and help her reach a decision.
- Address any concerns she has.

You do not need to take a full history or examine her.$cb$,
  $cb$OPENING LINE: "Hi. The nurse said I can't have my pill any more, but nobody really explained why, and honestly I'm a bit annoyed."

HISTORY: You are Chloe Bennett, 26, a trainee chartered accountant studying for exams alongside work. You live with your fiancé Sam; the wedding is next August. You have taken "the pill" (Rigevidon) for six years. You started it at 20 because your periods were very heavy and painful - you used to flood through pads and miss lectures - and for contraception. It has worked brilliantly.
Over the last four months you have had three "funny turns": a shimmering zigzag line appears at one side of your vision and slowly spreads over about 15-20 minutes, then fades completely, followed by a throbbing one-sided headache with nausea that lasts the rest of the day. Your mum has migraines. You have never had weakness, numbness, trouble speaking or visual symptoms lasting more than an hour. You take ibuprofen and lie down in a dark room.
You are on day 17 of your current pack. You have not missed any pills this month, although you do occasionally forget one - maybe once every couple of months - because your routine is chaotic around exams.
Past medical history: nothing else. No blood clots in you or your family. No breast cancer in the family. Non-smoker. Alcohol: a few glasses of wine at weekends. No allergies. You have been with Sam for four years; no STI concerns.

IDEAS, CONCERNS AND EXPECTATIONS: You think the headaches are probably due to exam stress and do not see why the pill matters. Your main worry is your heavy, painful periods coming back - "I can't go back to that, especially with exam season." Other worries: your sister put on two stone on "the injection" and you do not want that; your best friend fainted having a coil fitted, so the idea frightens you. You and Sam want to try for a baby about a year after the wedding, so roughly 18 months from now, and you do not want anything that will delay that. You would like to leave with something today.

REVEAL ONLY IF ASKED:
- You started the pill because of heavy, painful periods.
- You plan to try for a baby in about 18 months.
- Your sister gained weight on the injection.
- Your friend fainted having a coil fitted.
- You occasionally forget a pill.

HOW TO BEHAVE: Start slightly irritated and sceptical ("Loads of people get headaches"). If the doctor explains the stroke risk clearly and calmly, without scaring you, accept it: "OK, I didn't realise that." If they use jargon such as "UKMEC" or "oestrogen-containing" without explaining, ask what they mean. Ask about each of your worries when the relevant method comes up. Ask, "Do I finish this packet first?" and "Will I be protected straight away?" If the doctor gives you a long list without checking what matters to you, look overwhelmed and say, "That's a lot - which would you actually recommend for me?" With a good explanation, you choose to start the progestogen-only (desogestrel) pill today and to think about the hormonal coil, particularly if told it often makes periods much lighter and that pain relief is offered for fitting. Thank the doctor if they have been clear and respectful.$cb$,
  array[$cb$She started the pill for heavy, painful periods$cb$, $cb$She plans to try for a baby in about 18 months$cb$, $cb$Her sister gained weight on the contraceptive injection$cb$, $cb$Her friend fainted during a coil fitting$cb$, $cb$She occasionally forgets a pill$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes what she already knows and what she was told at the pill check", "keywords": ["already know", "been told", "understand so far", "nurse"]}, {"point": "Briefly confirms the aura features and checks there has been no weakness, speech disturbance or prolonged aura", "keywords": ["zigzag", "how long", "weakness", "speech", "vision"]}, {"point": "Asks why she originally started the pill (heavy or painful periods)", "keywords": ["why", "started", "periods", "heavy", "painful"]}, {"point": "Asks about plans for pregnancy", "keywords": ["baby", "pregnan", "future", "family", "plans"]}, {"point": "Explores her preferences and concerns about different methods", "keywords": ["prefer", "concern", "coil", "injection", "worried about"]}, {"point": "Checks relevant factors: smoking, clotting history, missed pills, STI risk", "keywords": ["smok", "clot", "missed", "forget", "sexual"]}], "clinical_management": [{"point": "Explains that oestrogen with migraine with aura increases stroke risk, so the combined pill, patch and ring are unsuitable", "keywords": ["stroke", "oestrogen", "patch", "ring", "not safe"]}, {"point": "Advises stopping the combined pill now rather than finishing the pack", "keywords": ["stop", "today", "now", "pack", "finish"]}, {"point": "Explains the progestogen-only pill (desogestrel), its 12-hour window, and switching without a gap", "keywords": ["desogestrel", "progestogen", "mini pill", "12 hours", "no gap", "straight away"]}, {"point": "Explains the implant and injection, including bleeding patterns and delayed return of fertility after the injection", "keywords": ["implant", "arm", "injection", "fertility", "bleeding"]}, {"point": "Explains the hormonal coil (often makes periods lighter) and the copper coil", "keywords": ["coil", "ius", "mirena", "copper", "lighter"]}, {"point": "Compares effectiveness, highlighting long-acting methods as over 99% effective", "keywords": ["effective", "99", "long-acting", "larc", "reliable"]}, {"point": "Safety-nets: urgent help if aura lasts over an hour, weakness, speech change or a different headache", "keywords": ["hour", "weakness", "999", "urgent", "different"]}, {"point": "Offers written information, follow-up, and support for migraine management", "keywords": ["leaflet", "website", "follow up", "review", "diary"]}], "interpersonal": [{"point": "Uses plain language, gives information in chunks and checks understanding", "keywords": ["make sense", "does that", "any questions", "so far"]}, {"point": "Acknowledges her frustration and worry about her periods returning", "keywords": ["frustrat", "understand", "worr", "periods"]}, {"point": "Supports her to make her own informed choice", "keywords": ["your choice", "what suits", "decide", "think about"]}, {"point": "Addresses her fear of pain with coil fitting", "keywords": ["painful", "fitting", "local anaesthetic", "painkillers", "friend"]}]}$cb$::jsonb
),
(
  '68801dfc-52ea-59c7-8f32-dcf158c2655c',
  $cb$ONCO-01-pancreatic-mass-ct-result$cb$,
  $cb$Results of an abdominal scan$cb$,
  $cb$Oncology$cb$,
  $cb$Pancreatic head mass with obstructive jaundice, highly suspicious of cancer$cb$,
  'Communication',
  'breaking_bad_news',
  $cb$Hospital gastroenterology outpatient clinic$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are an FY2 doctor in the gastroenterology outpatient clinic. Your consultant has been called to an emergency on the ward and has asked you to give a patient his scan result. A clinical nurse specialist is available to see him after you.

Mr Alan Brierley, 61, was referred by his GP three weeks ago with painless jaundice, itching and weight loss. Bloods showed bilirubin 142 µmol/L with raised ALP and GGT. An ultrasound showed a dilated common bile duct and no gallstones.

His contrast CT of the chest, abdomen and pelvis (pancreatic protocol) was reported yesterday: "3.2 cm low-attenuation mass in the head of the pancreas obstructing the common bile duct and pancreatic duct. Appearances highly suspicious of pancreatic adenocarcinoma. No liver lesions or distant spread seen. Relationship to the mesenteric vessels to be assessed at the specialist MDT." He is listed for the regional specialist pancreatic (HPB) multidisciplinary team meeting next week.

He has come to clinic alone.

Task: explain the CT result to Mr Brierley and agree the next steps. You do not need to take a full history. You have 10 minutes.$cb$,
  $cb$OPENING LINE: "Hiya, doctor. Sue wanted to come but she couldn't get the afternoon off. I'm hoping you're going to tell me it's a gallstone and you can whip it out."
HISTORY: You are Alan Brierley, 61, a self-employed joiner from Bolton. About five weeks ago your wife Sue noticed the whites of your eyes looked yellow. Since then your skin has gone yellow, you itch all over, your wee is dark like tea and your poo is pale. You have lost about a stone (6 kg) in two months without trying. You have gone off your food and tire easily. There is a dull ache in the top of your tummy that goes through to your back. No fever, shivers or vomiting. The GP did bloods and an ultrasound ("no stones"), then you had a CT scan last week. Nobody has said the word cancer to you; the GP said "we need to find out what's blocking the bile". Past history: high blood pressure (amlodipine 5 mg); told your sugar was "borderline" last year. No allergies. You smoked 20 a day for 30 years and stopped eight years ago. You drink a few pints at weekends. You have been married to Sue (58, a school office manager) for 34 years. Your daughter Lauren (29) is getting married in four months and you are walking her down the aisle; your son Craig (32) lives in Leeds. You planned to retire next spring and take the caravan round Scotland. You work alone.
IDEAS, CONCERNS AND EXPECTATIONS: You have convinced yourself it is a gallstone stuck somewhere, because your brother-in-law had that. Deep down the weight loss frightens you. Concerns: Lauren's wedding; how you will tell Sue; your customers and money. Expectations: an operation to clear the blockage and back to work in a fortnight.
REVEAL ONLY IF ASKED:
- One night you looked up "yellow skin and weight loss" online, saw "pancreatic cancer", shut the laptop and told no one.
- Lauren's wedding is in four months and walking her down the aisle is the thing that matters most to you.
- You are self-employed with no sick pay and worry about the bills.
- A neighbour died of "pancreas cancer" within a few months, so you believe it means certain death.
- If offered, you would rather carry on now than wait for Sue, but you want help telling her and want her at the next appointment.
HOW TO BEHAVE: Start chatty and jokey to hide your nerves. If asked what you understand so far, give the gallstone theory, then admit "the GP did look worried". If the doctor gives a warning that the news is not good, go quiet and say "Go on." When you hear mass, growth, tumour or cancer, stop talking, look down and rub your face. Stay silent for about ten seconds. If the doctor waits quietly, say "I knew it. I bloody knew it." If the doctor rushes on with medical words (MDT, adenocarcinoma, Whipple's, staging), interrupt: "Sorry, you've lost me. Is it cancer or not?" During the conversation ask: "Is it cancer?", "Can they operate?", "How long have I got?" and "Will I be here for Lauren's wedding?" You want honesty. Vague answers such as "let's not worry about that" irritate you; you soften if the doctor says honestly that they cannot say yet but will know much more after the tests and the specialist meeting. If the doctor sits with you, uses your name, acknowledges how hard this is and offers help telling Sue, thank them quietly. Near the end ask "What do I tell Sue?" and "What happens now?" If you are given a clear plan (a specialist team, a further test to take a sample, something to help the itching and jaundice, a named nurse with a phone number and a date), say you feel "a bit steadier, knowing there's a plan". If you are rushed or given false cheer, become flat and say "Right. Can I go now?"$cb$,
  array[$cb$He looked up his symptoms online, saw pancreatic cancer and told no one$cb$, $cb$His daughter's wedding is in four months and he wants to walk her down the aisle$cb$, $cb$He is self-employed with no sick pay and is worried about money$cb$, $cb$A neighbour died of pancreatic cancer within months, so he believes it means certain death$cb$, $cb$He is happy to continue without his wife today but wants help telling her and wants her at the next appointment$cb$]::text[],
  $cb${"data_gathering": [{"point": "Confirms identity and asks whether he would like someone with him or offers to contact his wife", "keywords": ["someone with you", "sue", "wife", "on your own", "phone her", "company"]}, {"point": "Establishes what he already understands about his symptoms and why the scan was done", "keywords": ["understand", "so far", "told you", "why", "scan", "know"]}, {"point": "Explores his own ideas about the cause (gallstone) before giving the result", "keywords": ["think", "gallstone", "cause", "expect", "hoping"]}, {"point": "Asks how much information he would like (invitation)", "keywords": ["how much", "detail", "want to know", "prefer", "everything"]}, {"point": "Explores his concerns after the news, including the wedding, his wife and work", "keywords": ["worr", "concern", "wedding", "work", "money", "mind"]}, {"point": "Asks about current symptoms that need relief, such as itching, pain and eating", "keywords": ["itch", "tummy pain", "eating", "appetite", "symptom", "comfortable"]}, {"point": "Checks his understanding of what has been said", "keywords": ["make sense", "understand", "in your own words", "summar", "tell me"]}], "clinical_management": [{"point": "Gives a warning shot before the result", "keywords": ["afraid", "not good", "serious", "worse than", "prepare", "difficult news"]}, {"point": "States clearly, without jargon, that the scan shows a growth in the pancreas blocking the bile duct that is very likely to be cancer", "keywords": ["pancreas", "growth", "mass", "cancer", "blocking", "bile"]}, {"point": "Explains that a sample (biopsy, usually by an endoscopic ultrasound camera test) and further tests are needed to confirm and stage it", "keywords": ["biopsy", "sample", "camera", "confirm", "ultrasound", "tests"]}, {"point": "Explains referral to the specialist pancreatic multidisciplinary team, who will decide on treatment", "keywords": ["specialist", "team", "meeting", "mdt", "surgeon", "oncolog"]}, {"point": "Outlines that options (surgery, chemotherapy, symptom control) depend on the test results, without false reassurance", "keywords": ["operation", "surgery", "chemotherapy", "options", "depend", "treatment"]}, {"point": "Answers the prognosis question honestly: cannot give a timescale until tests are complete, and does not guess", "keywords": ["how long", "can't say", "don't know yet", "honest", "after the tests"]}, {"point": "Addresses jaundice and itching (e.g. stent or medication), nutrition and pancreatic enzyme replacement", "keywords": ["itch", "stent", "jaundice", "enzyme", "diet", "weight"]}, {"point": "Arranges support: named nurse specialist with contact number, written information, Pancreatic Cancer UK or Macmillan, GP informed, date of next appointment", "keywords": ["nurse", "contact", "number", "leaflet", "macmillan", "support"]}], "interpersonal": [{"point": "Introduces self, sits down and ensures privacy and enough time", "keywords": ["introduce", "sit", "private", "time", "my name"]}, {"point": "Uses silence after the news and lets him respond in his own time", "keywords": ["take your time", "moment", "no rush", "shock", "pause"]}, {"point": "Acknowledges his emotion explicitly and empathically", "keywords": ["sorry", "shock", "hard", "upset", "must be", "understand"]}, {"point": "Gives information in small chunks, avoids unexplained jargon and checks before moving on", "keywords": ["okay so far", "make sense", "questions", "step by step", "plain"]}, {"point": "Responds sensitively to the wedding and offers help telling his wife", "keywords": ["wedding", "lauren", "sue", "tell your wife", "help"]}, {"point": "Summarises, invites questions and safety-nets (fever, shivers or worsening jaundice need urgent help)", "keywords": ["summar", "questions", "fever", "shiver", "urgent", "worse"]}]}$cb$::jsonb
),
(
  '3f3f5873-5d74-5d7b-903d-6223a08fa42a',
  $cb$ONCO-02-breast-biopsy-result$cb$,
  $cb$Biopsy results at the breast clinic$cb$,
  $cb$Oncology$cb$,
  $cb$Early ER-positive, HER2-negative invasive breast cancer in a young mother$cb$,
  'Communication',
  'breaking_bad_news',
  $cb$Hospital breast clinic$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are a core surgical trainee (CT2) in the breast surgery clinic. Mrs Nadia Kowalczyk, 35, attended the one-stop breast clinic eight days ago with a right breast lump.

Examination: 2 cm firm lump, right upper outer quadrant; no palpable axillary nodes. Mammogram: dense breast tissue, 18 mm spiculated mass. Ultrasound: 19 mm irregular mass (U5); axillary ultrasound normal. Core biopsy taken.

Biopsy result, discussed at this morning's breast multidisciplinary team (MDT) meeting: invasive ductal carcinoma (no special type), grade 2, oestrogen receptor positive, HER2 negative. MDT plan: breast MRI (dense breasts), then surgery (wide local excision and sentinel lymph node biopsy); further treatment to be decided on the final pathology.

Mrs Kowalczyk has come alone for her results. The breast care nurse, Jo, will see her after you.

Task: tell Mrs Kowalczyk her result, outline the next steps and respond to her concerns. You do not need to take a history. You have 10 minutes.$cb$,
  $cb$OPENING LINE: "Hi. Sorry, I'm a bit jittery. Tomasz is on a delivery run so it's just me. Is it one of those cyst things?"
HISTORY: You are Nadia Kowalczyk, 35, a teaching assistant at a primary school in Peterborough. You came to England from Poland at 19. Three weeks ago, in the shower, you felt a hard lump in your right breast, towards the armpit. It is not painful and has not changed. No nipple discharge or skin change. You went to your GP, who referred you urgently, and eight days ago you had a mammogram, ultrasound and a needle biopsy. The radiologist was kind but went quiet during the scan and that has haunted you. Past history: nothing significant; two normal pregnancies. Medication: the combined pill (Microgynon) for contraception. No allergies. You don't smoke and drink a glass of wine at weekends. Family: your mother is well in Poland; her sister (your aunt Ewa) had breast cancer at about 50 and is fine now. Social: married to Tomasz (38), an HGV driver who is often away overnight. Children: Zofia, 6, and Leo, 3. You rent a house near school; money is tight but fine. Your closest friend, Kasia, lives two streets away and often helps with the children.
IDEAS, CONCERNS AND EXPECTATIONS: The nurse at the clinic said most lumps are nothing, so you have been telling yourself it is a cyst or a "fibro" something. Concerns: Zofia and Leo. Who will do the school run? Will they grow up without a mum? What do you tell them? You also fear losing your hair, losing your breast and being sick at work. Expectations: that it is nothing; if it is cancer, you want to know "have I caught it in time?"
REVEAL ONLY IF ASKED:
- You noticed the radiologist went quiet and have not slept properly for a week.
- Your aunt Ewa had breast cancer at about 50.
- You take the combined contraceptive pill.
- You and Tomasz had talked about having a third baby in a year or two.
- Your friend Kasia could come and sit with you today; she is only ten minutes away.
HOW TO BEHAVE: You are tense, smiling too much and talking quickly. If the doctor asks what you know so far, explain the cyst idea, then add "but the lady doing the scan went very quiet". If the doctor gives a warning shot, grip your bag and say "Oh no. It's bad, isn't it?" When you hear the word cancer, put your hand over your mouth and cry quietly. You cannot take in anything for about 15 seconds. If the doctor carries on talking about MRI, grades and receptors during this time, shake your head and say "Sorry, I didn't hear any of that." If the doctor waits, offers tissues and acknowledges how frightening this is, compose yourself and ask: "Am I going to die? My children are three and six." Then ask "Will I lose my breast?", "Will I need chemo? Will my hair fall out?" and "What do I tell Zofia and Leo?" If the doctor explains simply that it has been found early, the scan of the armpit looked normal and the aim of treatment is to cure it, nod and say "Okay... okay." Later, ask "I'm on the pill. Is that all right?" and "Could I still have another baby?" You respond well to honesty, warmth and being told what happens next and who to call. If the doctor uses jargon or gives a long lecture, say "Can you write it down? I can't remember any of this." If the doctor offers to phone Kasia or Tomasz, accept gratefully. At the end, if you have been well supported, say "Thank you for being kind about it."$cb$,
  array[$cb$She noticed the radiologist go quiet and has not slept properly for a week$cb$, $cb$Her maternal aunt had breast cancer at about 50$cb$, $cb$She takes the combined contraceptive pill$cb$, $cb$She and her husband had planned a third baby in a year or two$cb$, $cb$Her friend Kasia lives ten minutes away and could come and sit with her$cb$]::text[],
  $cb${"data_gathering": [{"point": "Asks whether she would like someone with her, or offers to contact her husband or friend", "keywords": ["someone with you", "husband", "friend", "on your own", "phone", "call"]}, {"point": "Establishes what she already knows and what she was told at the clinic", "keywords": ["understand", "so far", "told", "know", "clinic", "scan"]}, {"point": "Explores her ideas about what the lump might be", "keywords": ["think", "cyst", "expect", "thought", "hoping"]}, {"point": "Asks how much information she would like today", "keywords": ["how much", "detail", "want to know", "today", "prefer"]}, {"point": "Explores her concerns, especially about her children", "keywords": ["children", "kids", "worr", "concern", "zofia", "leo"]}, {"point": "Asks about her support at home and practical help", "keywords": ["support", "help", "home", "family", "husband", "friend"]}, {"point": "Checks her understanding of the result and the plan", "keywords": ["make sense", "understand", "own words", "summar", "recap"]}], "clinical_management": [{"point": "Gives a warning shot before the result", "keywords": ["afraid", "not the news", "serious", "prepare", "not good"]}, {"point": "States clearly that the biopsy shows breast cancer, using the word cancer", "keywords": ["cancer", "biopsy", "breast", "shows", "result"]}, {"point": "Explains it appears to have been found early, the armpit scan was normal, and the aim of treatment is cure", "keywords": ["early", "armpit", "lymph", "cure", "curable", "treatable"]}, {"point": "Explains the next steps: MRI scan, then surgery to remove the lump and check the lymph nodes, usually within a few weeks", "keywords": ["mri", "operation", "surgery", "lymph node", "remove", "weeks"]}, {"point": "Explains that further treatment (radiotherapy, hormone tablets, possibly chemotherapy) will be decided once the final results are known, without overloading", "keywords": ["radiotherapy", "hormone", "tablet", "chemotherapy", "depend", "after the operation"]}, {"point": "Answers her questions accurately: stop the combined pill and use non-hormonal contraception; fertility can be discussed before any chemotherapy", "keywords": ["pill", "contracept", "coil", "condom", "fertility", "baby"]}, {"point": "Offers support for telling the children (breast care nurse, age-appropriate honesty, Macmillan or Breast Cancer Now resources)", "keywords": ["children", "tell", "honest", "nurse", "macmillan", "breast cancer now"]}, {"point": "Arranges follow-up: breast care nurse now, contact number, written information, GP informed, date of next appointment", "keywords": ["breast care nurse", "jo", "number", "leaflet", "written", "appointment"]}], "interpersonal": [{"point": "Introduces self, sits down, ensures privacy and has tissues available", "keywords": ["introduce", "sit", "private", "tissue", "my name"]}, {"point": "Allows silence after the news and does not continue until she is ready", "keywords": ["take your time", "moment", "no rush", "when you're ready", "pause"]}, {"point": "Acknowledges her fear and distress, particularly as a mother of young children", "keywords": ["sorry", "frighten", "shock", "children", "understand", "hard"]}, {"point": "Uses plain language, avoids unexplained jargon (grade, receptor, HER2) and chunks information", "keywords": ["plain", "simply", "make sense", "okay so far", "questions"]}, {"point": "Summarises, offers to write key points down and invites questions", "keywords": ["summar", "write", "questions", "anything else", "recap"]}]}$cb$::jsonb
),
(
  'a0cb83cb-7ecc-51f4-858c-d677736dd793',
  $cb$PAED-01-phone-toddler-fever-rash$cb$,
  $cb$Phone call: toddler with a temperature$cb$,
  $cb$Paediatrics$cb$,
  $cb$Suspected meningococcal sepsis (fever, non-blanching rash, red flags)$cb$,
  'Clinical',
  'telephone',
  $cb$GP surgery (telephone triage)$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are a GP specialty trainee working through the afternoon telephone triage list. It is 15:40 on a Thursday.

The next call-back request reads: "Dad calling about daughter Isla Price, 14 months. Temperature since last night. Wants advice about medicines."

Isla's record: born at term, no significant past history, immunisations up to date, no consultations in the last six months, no known allergies. The registered address is 27 Orchard Close.

You are about to phone the number given. You cannot see the child.

Your task (8 minutes):
- Conduct a telephone consultation with the caller.
- Assess the situation and give appropriate advice.
- Agree a clear plan with him.

Your partner will play the parent on the phone; sit back to back or avoid looking at each other if possible.$cb$,
  $cb$OPENING LINE: "Oh, hi, thanks for calling back. It's just a quick one really - can I give Isla ibuprofen as well as Calpol?"

HISTORY: You are Daniel (Dan) Price, 34, a self-employed courier. You are at home at 27 Orchard Close with your daughter Isla, 14 months old. Your partner Jess is working a shift at the supermarket and told you to ring the surgery.
Isla got a temperature at about 2 am last night - 39.2°C on the ear thermometer. You gave Calpol at 2 am, 8 am and 1 pm. It came down a little each time but she has stayed hot. Last reading, 20 minutes ago: 39.4°C.
Since lunchtime she has become much more sleepy and "floppy" when you pick her up. She does not smile or respond when you play peekaboo, which she normally loves. When she is awake she makes a weak whimpering moan, not her usual cry. She has had no milk since breakfast and will only take a sip of water. She has had one wet nappy since 7 am, and it was not very wet. She was sick once at lunchtime. No diarrhoea.
About half an hour ago, when changing her nappy, you noticed some small purple-red dots, "like pin-pricks", on her tummy and the tops of her legs, and two bigger marks like bruises on her left thigh. You thought she might have bumped herself.
Her hands and feet feel cold even though her body is hot, and her legs look "a bit blotchy". Her breathing seems faster than normal but she is not grunting.
If asked to do the glass test: put the phone down briefly, then say, "No... they're still there under the glass. They don't go away."
You have not noticed a stiff neck or any fits. You are not sure about the light bothering her. Her soft spot on her head "looks a bit puffy, maybe?"
Past history: born at full term, healthy, no hospital stays. She had her one-year jabs two months ago. She goes to nursery three days a week; there has been "a tummy bug going round". No medicines other than Calpol, no allergies.
You have a car outside.

IDEAS, CONCERNS AND EXPECTATIONS: You think it is "just a virus" and that the spots are bumps or a heat rash. You want to know whether you can give ibuprofen too and whether she needs antibiotics. You were planning to wait for Jess to get home at 6 pm.

REVEAL ONLY IF ASKED:
- She is drowsy, floppy and not responding to you as usual.
- She has a weak, moaning cry.
- She has had no milk since breakfast and only one wet nappy since 7 am.
- The purple spots and bruise-like marks (mention the spots only if asked about a rash or her skin).
- The spots do not fade under a glass.
- Cold hands and feet and blotchy legs.
- Faster breathing.

HOW TO BEHAVE: Start relaxed and a little rushed, focused on the ibuprofen question. Answer each question honestly but briefly; do not volunteer the rash unless asked about her skin or a rash. When the doctor tells you to call 999, become frightened: "Is she going to die? Should I just drive her in? It'll be quicker." If the doctor is calm, clear and gives you simple instructions, you follow them. If they are vague or panicky, become more confused and ask, "So what do I actually do now?" Ask whether you should call Jess first. Before hanging up, ask, "What do I do if she gets worse before they get here?"$cb$,
  array[$cb$She is drowsy, floppy and not responding to social cues$cb$, $cb$Weak, moaning cry$cb$, $cb$No milk since breakfast and only one wet nappy since 07:00$cb$, $cb$Purple pin-prick spots and bruise-like marks on her abdomen and legs$cb$, $cb$The spots do not fade on the glass test$cb$, $cb$Cold hands and feet with mottled legs$cb$, $cb$Breathing faster than usual$cb$]::text[],
  $cb${"data_gathering": [{"point": "Confirms the caller's identity and relationship, the child's name and age, a call-back number and the address", "keywords": ["who am i speaking", "your name", "relationship", "number", "address", "date of birth"]}, {"point": "Establishes the duration and height of the fever and the response to paracetamol", "keywords": ["temperature", "how high", "since", "calpol", "paracetamol"]}, {"point": "Asks specifically about a rash and directs the parent to do the glass test", "keywords": ["rash", "glass", "fade", "spots", "press"]}, {"point": "Asks about activity and responsiveness: drowsiness, floppiness, cry, response to parents", "keywords": ["sleepy", "drowsy", "floppy", "wake", "cry", "respond"]}, {"point": "Asks about skin colour, cold hands and feet, and mottling", "keywords": ["colour", "pale", "blotchy", "mottl", "cold hands", "feet"]}, {"point": "Asks about feeding, wet nappies and vomiting", "keywords": ["feeding", "milk", "nappies", "wet", "vomit"]}, {"point": "Asks about breathing: rate, grunting, chest sucking in", "keywords": ["breathing", "fast", "grunting", "chest", "sucking in"]}, {"point": "Asks about neck stiffness, dislike of light, fits and a bulging fontanelle", "keywords": ["neck", "light", "fit", "seizure", "soft spot", "fontanelle"]}, {"point": "Asks about past history, immunisations and unwell contacts", "keywords": ["jabs", "immunis", "vaccin", "nursery", "anyone else"]}], "clinical_management": [{"point": "Recognises red-flag features and states clearly this is an emergency needing hospital now", "keywords": ["emergency", "serious", "hospital now", "straight away", "immediately"]}, {"point": "Instructs him to call 999 for an ambulance now (or arranges it) rather than driving or attending the surgery", "keywords": ["999", "ambulance", "don't drive", "call now", "not drive"]}, {"point": "Explains in plain language the concern about a serious blood infection or meningitis", "keywords": ["infection", "blood", "meningitis", "sepsis", "serious"]}, {"point": "Gives interim advice: stay with her, lie her on her side if very drowsy, don't force fluids, unlock the door", "keywords": ["stay with", "side", "recovery", "door", "don't give"]}, {"point": "Advises what to do if she fits, stops breathing or becomes unresponsive while waiting", "keywords": ["stops breathing", "fit", "unresponsive", "999 operator", "tell them"]}, {"point": "Agrees to alert the receiving hospital or ambulance service, document, and asks him to bring the red book", "keywords": ["red book", "let the hospital", "inform", "call you back", "paediatric"]}], "interpersonal": [{"point": "Acknowledges his ibuprofen question before redirecting to the more urgent concerns", "keywords": ["ibuprofen", "you asked", "come back to", "first"]}, {"point": "Remains calm and gives short, direct instructions", "keywords": ["listen carefully", "i need you to", "right now", "step"]}, {"point": "Acknowledges his fear and answers 'Is she going to die?' honestly and supportively", "keywords": ["frighten", "scary", "best place", "doing the right thing", "serious"]}, {"point": "Asks him to repeat the plan back to check understanding", "keywords": ["repeat", "tell me back", "clear", "understand"]}]}$cb$::jsonb
),
(
  '36a95d79-f95b-529e-9c10-d8f5350e0493',
  $cb$PAED-02-four-year-old-recurrent-wheeze$cb$,
  $cb$Wheezy again - a four-year-old$cb$,
  $cb$Paediatrics$cb$,
  $cb$Suspected asthma in a preschool child (multiple-trigger wheeze)$cb$,
  'Clinical',
  'history',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'foundation',
  $cb$You are an FY2 doctor on a GP placement. It is November.

Nasreen Akhtar, 33, has brought her son Ibrahim, aged 4 years 3 months, because of "wheezing again". Ibrahim is playing quietly in the corner of the room.

Ibrahim's record shows: salbutamol 100 micrograms inhaler with a spacer and mask, first prescribed 18 months ago and issued five times this year; an overnight paediatric admission last February with "wheeze"; two emergency department attendances with wheeze in the past year.

The practice nurse saw him just before you: he is well today, chest clear, respiratory rate 24/min, oxygen saturation 98% on air, weight and height on the 50th centile.

Your task (8 minutes):
- Take a history from Mrs Akhtar.
- Share your assessment with her.
- Agree an initial management plan.$cb$,
  $cb$OPENING LINE: "He's been wheezy again, doctor. Every time he gets a cold it goes to his chest, and now it's happening even when he hasn't got a cold."

HISTORY: You are Nasreen Akhtar, 33, a part-time teaching assistant. Your son Ibrahim is 4 and started reception class in September. Your husband Imran drives a taxi, often at night. You also have a daughter, Maryam, aged 8 months.
Ibrahim's wheeze: since he was about 2, every cold has "gone to his chest" - wheezing and coughing, four or five times a year. Last February he was admitted overnight: he was given the blue inhaler "every hour" and steroid medicine for three days. He has been to A&E twice this year. Over the last three months he also coughs at night three or four nights a week and wakes up coughing. He wheezes and gets out of breath running in the playground and in cold air, and is worse after visiting his grandparents, who have a cat. He has missed four days of school this half-term.
Inhaler: you use the blue inhaler when he is wheezy, about 4-5 days a week at the moment. You shake it, put the mask on, press it "two or three times quickly" and he takes a couple of breaths. He has never had a "brown" inhaler.
Other history: he had eczema as a baby and still has dry patches in his elbow creases, for which you use an emollient. No known food allergies. He was born at full term by normal delivery, with no special care baby unit stay. He is growing and eating well. He has never choked on anything before the wheeze started. He does not have a wet, rattly cough every day. His poos are normal. He has not had lots of ear or chest infections needing antibiotics. He had all his vaccinations, but missed the nasal flu spray this autumn because he was off school that day.
Family: Imran had asthma as a child. You have hay fever.
Home: you rent a terraced house. There is black mould in the corner of Ibrahim's bedroom; the landlord has been told twice but has done nothing. Imran smokes about 15 a day, "only on the back step", but comes straight back in and cuddles the children.

IDEAS, CONCERNS AND EXPECTATIONS: You are worried he has asthma "for life". You wonder whether the mould or Imran's smoking is causing it, and you feel guilty. Your sister told you the brown inhaler is a steroid, and you are worried steroids will stop him growing. You want something to stop the night coughing so everyone can sleep.

REVEAL ONLY IF ASKED:
- Night cough three or four nights a week.
- Wheeze with running, cold air and the grandparents' cat.
- Using the blue inhaler 4-5 days a week, several puffs at once.
- Eczema as a baby; his father had asthma; you have hay fever.
- Black mould in his bedroom.
- His father smokes 15 a day.
- He missed this year's flu vaccine.

HOW TO BEHAVE: Friendly and a little tired. Glance at Ibrahim now and then ("Ibby, leave that alone, sweetheart"). If asked about smoking or the house, look uncomfortable and defensive at first ("He smokes outside, I've told him") but open up if the doctor is non-judgemental. Ask: "Is it asthma?", "Will he grow out of it?" and "Will the steroids stunt his growth?" If the doctor demonstrates or explains spacer technique, say you did not know it should be one puff at a time. Be pleased if the doctor offers to help with a letter about the mould. If the doctor does not explain when to get urgent help, ask: "What if he gets really bad at night?"$cb$,
  array[$cb$Night cough three to four nights a week$cb$, $cb$Wheeze with exercise, cold air and exposure to a cat$cb$, $cb$Using salbutamol 4-5 days a week with several puffs at once$cb$, $cb$Infantile eczema; father had childhood asthma; mother has hay fever$cb$, $cb$Black mould in his bedroom$cb$, $cb$Father smokes 15 cigarettes a day$cb$, $cb$Missed this year's flu vaccine$cb$]::text[],
  $cb${"data_gathering": [{"point": "Characterises the wheeze: age at onset, frequency, relation to colds", "keywords": ["when did", "how often", "colds", "wheez", "started"]}, {"point": "Asks about interval symptoms: night cough, exercise-induced symptoms, cold air", "keywords": ["night", "cough", "running", "exercise", "cold air"]}, {"point": "Asks about severity: A&E visits, admissions, courses of oral steroids", "keywords": ["hospital", "a&e", "admitted", "steroid", "prednisolone"]}, {"point": "Asks how often the reliever is used and checks inhaler and spacer technique", "keywords": ["blue inhaler", "spacer", "how often", "show me", "technique"]}, {"point": "Asks about personal and family history of atopy (eczema, allergy, hay fever, asthma)", "keywords": ["eczema", "allerg", "hay fever", "family", "asthma"]}, {"point": "Asks about environmental triggers: smoking, pets, damp or mould", "keywords": ["smok", "cat", "pet", "damp", "mould"]}, {"point": "Screens for alternative diagnoses: symptoms from birth, choking, daily wet cough, poor growth, abnormal stools, recurrent infections", "keywords": ["choking", "since birth", "growth", "wet cough", "poo", "infections"]}, {"point": "Asks about the impact on sleep, school and activities", "keywords": ["school", "missed", "sleep", "activities"]}, {"point": "Asks about birth history and immunisations", "keywords": ["born", "premature", "term", "vaccin", "jabs"]}], "clinical_management": [{"point": "Explains this is likely asthma but is recorded as suspected asthma until tests are possible from age 5", "keywords": ["asthma", "suspected", "test", "age five", "older"]}, {"point": "Offers an 8-12 week trial of twice-daily low-dose inhaled steroid preventer with the reliever as needed", "keywords": ["preventer", "inhaled steroid", "brown", "twice a day", "trial", "weeks"]}, {"point": "Teaches spacer technique: shake, one puff at a time, several breaths with a good mask seal", "keywords": ["one puff", "spacer", "breaths", "mask", "shake"]}, {"point": "Provides a personalised asthma action plan and arranges an inhaler and plan for school", "keywords": ["action plan", "school", "written plan"]}, {"point": "Addresses triggers: stop-smoking support for father, smoke-free home, mould via landlord or environmental health, cat exposure", "keywords": ["stop smoking", "smokefree", "landlord", "environmental health", "mould"]}, {"point": "Safety-nets: signs of a severe attack and when to call 999", "keywords": ["999", "can't talk", "blue", "sucking in", "every four hours", "ambulance"]}, {"point": "Arranges review at the end of the trial and offers the flu vaccine", "keywords": ["review", "follow up", "flu vaccine", "weeks"]}], "interpersonal": [{"point": "Explores and addresses her worry about steroids and growth with balanced information", "keywords": ["steroid", "growth", "low dose", "side effects", "safe"]}, {"point": "Is non-judgemental about smoking and housing, acknowledging her guilt", "keywords": ["not your fault", "not blaming", "guilt", "difficult"]}, {"point": "Acknowledges or engages Ibrahim appropriately", "keywords": ["ibrahim", "ibby", "hello", "playing"]}, {"point": "Checks understanding and involves her in decisions", "keywords": ["make sense", "questions", "how do you feel", "agree"]}]}$cb$::jsonb
),
(
  '26304df1-7537-5ba6-933a-0193f8e3f2da',
  $cb$PRES-01-oncology-ward-analgesia-review$cb$,
  $cb$Pain review on the oncology ward$cb$,
  $cb$Palliative care$cb$,
  $cb$Cancer pain uncontrolled on codeine: switching to oral morphine$cb$,
  'Clinical',
  'prescribing',
  $cb$Oncology ward$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are an FY1 doctor on an oncology ward. Mr Bashir Rahman, 63, has metastatic non-small-cell lung cancer with metastases in his right ribs. He was admitted two days ago with poorly controlled right-sided chest wall pain; palliative radiotherapy to the ribs is planned for next week.

Current drug chart: paracetamol 1 g four times daily; codeine phosphate 60 mg four times daily (for three weeks); senna 7.5 mg at night; lansoprazole 30 mg once daily; amlodipine 5 mg once daily. No known drug allergies. Weight 68 kg. Today: eGFR 82 mL/min/1.73 m2, liver function normal, adjusted calcium 2.41 mmol/L.

The registrar has asked you to "convert his codeine to oral morphine, with breakthrough, and sort out the supporting meds", and to discuss this with Mr Rahman.

Task: Talk to Mr Rahman about his pain and the proposed change, then state the prescriptions you would write on his drug chart, explaining your calculations aloud.$cb$,
  $cb$OPENING LINE: "Doctor, the nurse said you wanted to talk about my painkillers. The pain is... it's okay. I can manage."

HISTORY: You are Bashir Rahman, 63. You came to Birmingham from Sylhet, Bangladesh, aged 12. For 25 years you have run a mobile-phone repair shop in Small Heath; you drive there every day (about 8 miles) and still do the accounts yourself. You live with your wife Rehana (58); you have three grown-up children, and your grandchildren (aged 3 and 5) are at your house most days. Your daughter Nadia is a pharmacist.
You were diagnosed with lung cancer five months ago and had chemotherapy. You smoked 20 a day for 40 years and stopped at diagnosis. The pain started about two months ago: right side of the chest over the ribs, a constant deep ache, 7 out of 10, sharper when you cough or turn over in bed. It wakes you most nights around 3 a.m. It doesn't spread anywhere. The codeine takes the edge off for about two hours, then the pain comes back.
Not confused. No allergies.

IDEAS, CONCERNS AND EXPECTATIONS: "Morphine" makes you think of your father, who was given morphine in hospital in Sylhet and died two days later: "Morphine is what they give when there is no hope." You also fear becoming addicted, and being too drowsy to pray five times a day, run the shop or drive. You want the pain controlled but want to stay clear-headed, and you don't want to be a burden on Rehana.

REVEAL ONLY IF ASKED:
- Bowels open every three or four days, hard, and you strain. You are embarrassed to mention this.
- You feel a bit sick in the mornings but haven't vomited.
- Before admission you were also taking two of your wife's co-codamol 30/500 tablets at night, on top of your own paracetamol and codeine, "when the pain was very bad".
- You plan to drive to the shop when you get home.
- Your grandchildren are often in the house.
- No back pain, no weakness or numbness in your legs, no trouble passing urine.
- You don't drink alcohol.

HOW TO BEHAVE: Polite, dignified and stoic; play down the pain at first ("It's fine, many people have worse"). If the doctor asks carefully, admit it is "very bad at night".
When morphine is mentioned, look worried and ask quietly: "Is it the end now? Is that why?" If the doctor explains that morphine is used to control pain at any stage of illness and does not mean you are dying, relax noticeably.
Ask: "Will I become addicted?", "Will I be able to drive?" and "Will I be sleepy? I must be able to pray."
If the doctor explains clearly, respects your wish to stay alert and involves you in the plan, agree to try it and ask how to take the extra doses. If the doctor rushes or just says "it's a stronger painkiller", decline politely: "I'll manage with the codeine, thank you."
Only mention the co-codamol if asked about other medicines; look a little sheepish. Only mention constipation if asked about your bowels or side effects.
If the candidate states the prescriptions, listen and ask: "So how many times a day do I take the extra one?"$cb$,
  array[$cb$Bowels open every three to four days, hard stools, straining$cb$, $cb$Mild morning nausea without vomiting$cb$, $cb$Was taking his wife's co-codamol 30/500 at night on top of his own paracetamol and codeine$cb$, $cb$Plans to drive to his shop after discharge$cb$, $cb$Young grandchildren are often in the house$cb$, $cb$No back pain, leg weakness or bladder symptoms$cb$, $cb$Does not drink alcohol$cb$]::text[],
  $cb${"data_gathering": [{"point": "Takes a focused pain history: site, character, severity, timing, night pain and response to codeine", "keywords": ["where", "score", "night", "worse", "codeine", "how long"]}, {"point": "Screens for red flags including spinal cord compression (back pain, leg weakness or numbness, bladder or bowel change)", "keywords": ["back", "legs", "weak", "numb", "bladder"]}, {"point": "Asks about opioid side effects: constipation, nausea, drowsiness", "keywords": ["constipat", "bowels", "sick", "nausea", "drows"]}, {"point": "Asks about other medicines, including over-the-counter and family members' (elicits co-codamol)", "keywords": ["other", "counter", "co-codamol", "wife", "tablets"]}, {"point": "Confirms allergies and checks renal and liver function before prescribing", "keywords": ["allerg", "kidney", "egfr", "liver", "bloods"]}, {"point": "Explores his ideas and concerns about morphine", "keywords": ["morphine", "worr", "heard", "concern", "think"]}, {"point": "Asks about driving, home circumstances and who else lives there", "keywords": ["drive", "home", "grandchildren", "live", "wife"]}], "clinical_management": [{"point": "Calculates the oral morphine equivalent correctly: codeine 240 mg/day is about 24 mg oral morphine/day (divide by 10)", "keywords": ["240", "24", "divide", "ten", "equivalent"]}, {"point": "Stops codeine and prescribes regular oral morphine at a suitable dose, e.g. modified-release morphine 15 mg 12-hourly (or immediate-release 5 mg 4-hourly)", "keywords": ["15 mg", "twice", "modified", "12-hour", "stop codeine"]}, {"point": "Prescribes breakthrough immediate-release oral morphine as required at one-tenth to one-sixth of the total daily dose (e.g. 5 mg), with a clear frequency (e.g. up to 2-hourly), and reviews if it is needed often", "keywords": ["breakthrough", "5 mg", "sixth", "tenth", "as required", "oramorph"]}, {"point": "Prescribes a regular laxative (stimulant with or without a softener) and an as-required antiemetic", "keywords": ["senna", "docusate", "laxative", "metoclopramide", "haloperidol", "antiemetic"]}, {"point": "Continues regular paracetamol and advises stopping his wife's co-codamol", "keywords": ["paracetamol", "co-codamol", "stop", "double up"]}, {"point": "Gives driving advice: do not drive when starting or after a dose change, or if drowsy; explains the law on prescribed morphine", "keywords": ["drive", "drows", "law", "dose change", "prescri"]}, {"point": "Explains side effects and toxicity to report, safe storage away from children, and review within 24-48 hours with titration", "keywords": ["review", "sleepy", "confus", "storage", "children", "titrat"]}], "interpersonal": [{"point": "Addresses his fear that morphine means the end of life", "keywords": ["end", "father", "doesn't mean", "dying", "any stage"]}, {"point": "Addresses addiction concerns accurately and respectfully", "keywords": ["addict", "hooked", "depend", "safe"]}, {"point": "Respects his wish to remain clear-headed for prayer and work", "keywords": ["prayer", "pray", "clear", "alert", "shop"]}, {"point": "Involves him in the decision and checks understanding", "keywords": ["agree", "happy", "questions", "make sense"]}]}$cb$::jsonb
),
(
  '61e29c75-7bee-5a40-be1b-6d63a75fce82',
  $cb$PRES-02-urinary-symptoms-at-ten-weeks$cb$,
  $cb$Stinging when passing urine at 10 weeks$cb$,
  $cb$Obstetrics and gynaecology$cb$,
  $cb$Lower urinary tract infection at 10 weeks of pregnancy$cb$,
  'Clinical',
  'prescribing',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'foundation',
  $cb$You are an FY2 doctor in a GP surgery in Leicester. Your next patient is Ms Sophie Tran, 34, who booked an urgent same-day appointment for "stinging when passing urine".

She is 10 weeks and 2 days pregnant by her last menstrual period; her booking appointment with the midwife is next week. Her record shows a miscarriage at 9 weeks last year and two episodes of cystitis in the past three years, both treated with trimethoprim. Current medicine: folic acid 400 micrograms daily. No known drug allergies. No kidney disease.

The healthcare assistant has recorded: temperature 37.2 °C, pulse 84, BP 116/72 mmHg. Urine dipstick: leucocytes ++, nitrites positive, blood +, protein trace.

Task: Take a focused history, explain your assessment and agree a management plan with Ms Tran, including any prescription.$cb$,
  $cb$OPENING LINE: "Hi. I think I've got cystitis again, but I'm pregnant this time, so I'm a bit panicky."

HISTORY: You are Sophie Tran, 34, a hairdresser who rents a chair in a salon in Leicester. You were born in London to Vietnamese parents and live with your partner Dan (36, PE teacher). This is a planned pregnancy; you are 10 weeks. Last spring you miscarried at 9 weeks. You have a scan booked at 12 weeks and see the midwife next Tuesday.
For two days you've had stinging when you pass urine, needing to go every half hour (three times last night), urgency, and a dull ache low in the middle of your tummy, "like a period ache but lower". Your urine is cloudy and smells strong. Yesterday you saw a little pink on the tissue; you think it was from your urine. You have had no bleeding from the vagina (you've been checking anxiously). No fever, no shivers, no back or side pain, no vomiting; you have mild morning nausea but are eating and drinking. No change in discharge.
You stand all day at work and drink very little water. Medicines: folic acid. No allergies. Non-smoker; no alcohol since you found out you were pregnant. No other illnesses.

IDEAS, CONCERNS AND EXPECTATIONS: It feels like your usual cystitis. You are frightened that the infection, or the antibiotic, could cause another miscarriage or harm the baby. You expect antibiotics but want ones that are safe. You want to know whether cranberry juice would help.

REVEAL ONLY IF ASKED:
- Last night you took one trimethoprim 200 mg tablet left over from a previous prescription. Afterwards you searched online, read "avoid in pregnancy", and didn't take any more. You're scared you've harmed the baby.
- The pink on the tissue seemed to be from your urine; no vaginal bleeding or spotting.
- No fever, shivers, back or side pain, or vomiting.
- You drink very little water at work.

HOW TO BEHAVE: Anxious and talkative; keep touching your tummy. Volunteer the urinary symptoms readily when asked, but only mention the trimethoprim if the doctor asks what you've taken for it or whether you've taken any medicines. Then hesitate, admit it, and ask: "Have I hurt the baby?" If the doctor reassures you calmly and honestly, relax; if they look alarmed or are vague, become tearful.
Ask: "Is the antibiotic safe for the baby?", "Why can't I have trimethoprim like last time?", "Does cranberry juice work?" and "What if it doesn't get better?"
If the doctor mentions the miscarriage kindly, say quietly: "I just can't go through that again."
If the doctor explains clearly and gives specific warning signs, thank them and repeat the plan back. If they simply hand over a prescription, ask: "Is that it? Will it be okay?"
If told your urine may turn darker or brownish on the tablets, say "Oh, good to know, I'd have panicked."$cb$,
  array[$cb$Took one leftover trimethoprim 200 mg tablet last night, then stopped after reading about pregnancy$cb$, $cb$Pink on the tissue thought to be from urine; no vaginal bleeding or spotting$cb$, $cb$No fever, rigors, loin pain or vomiting$cb$, $cb$Drinks very little water at work$cb$]::text[],
  $cb${"data_gathering": [{"point": "Clarifies urinary symptoms: dysuria, frequency, urgency, duration, haematuria", "keywords": ["sting", "how often", "urgen", "how long", "blood"]}, {"point": "Screens for upper urinary tract infection or sepsis: fever, rigors, loin pain, vomiting", "keywords": ["fever", "shiver", "back", "loin", "vomit"]}, {"point": "Asks about pregnancy red flags: vaginal bleeding, abdominal pain, discharge", "keywords": ["bleed", "spotting", "tummy", "discharge", "vagina"]}, {"point": "Establishes gestation, pregnancy history and antenatal care (previous miscarriage, booking)", "keywords": ["weeks", "scan", "midwife", "miscarriage", "booking"]}, {"point": "Asks what she has already taken for the symptoms (elicits the trimethoprim tablet)", "keywords": ["taken", "anything", "trimethoprim", "tablet", "leftover"]}, {"point": "Confirms allergies and current medicines", "keywords": ["allerg", "medicine", "folic", "penicillin"]}, {"point": "Explores her ideas, concerns and expectations", "keywords": ["worr", "concern", "think", "expect", "hoping"]}], "clinical_management": [{"point": "Explains this is likely a bladder infection and why prompt treatment matters in pregnancy", "keywords": ["infection", "bladder", "pregnan", "treat", "kidney"]}, {"point": "Sends a midstream urine sample for culture before starting antibiotics", "keywords": ["sample", "culture", "lab", "midstream", "mid-stream"]}, {"point": "Prescribes nitrofurantoin 100 mg modified-release twice daily for 7 days (suitable now; avoided near term), checking the plan against the culture result", "keywords": ["nitrofurantoin", "100", "twice", "seven days", "7 days"]}, {"point": "Explains trimethoprim is avoided in the first trimester (folate antagonist), advises not taking more, and reassures proportionately about the single tablet", "keywords": ["trimethoprim", "first trimester", "folate", "one tablet", "very small"]}, {"point": "Gives self-care and medicine advice: paracetamol, fluids, take with food, harmless darkening of urine", "keywords": ["paracetamol", "fluid", "water", "food", "brown"]}, {"point": "Safety-nets with specific red flags and timescales (no improvement in 48 hours, fever, loin pain, vomiting, bleeding)", "keywords": ["48 hours", "fever", "back pain", "bleeding", "urgent", "111"]}, {"point": "Arranges follow-up: act on the culture result, repeat culture after treatment, tell the midwife", "keywords": ["result", "repeat", "midwife", "follow", "test of cure"]}], "interpersonal": [{"point": "Acknowledges her anxiety linked to the previous miscarriage", "keywords": ["miscarriage", "sorry", "anxious", "understand", "last time"]}, {"point": "Reassures honestly about nitrofurantoin in early pregnancy without false promises", "keywords": ["safe", "widely used", "pregnan", "reassur"]}, {"point": "Is non-judgemental about the leftover tablet", "keywords": ["understandable", "not your fault", "glad you", "told me"]}, {"point": "Checks understanding and agrees the plan with her", "keywords": ["make sense", "questions", "happy", "agree"]}]}$cb$::jsonb
),
(
  '7f0a1ed7-2a21-53c7-9d8f-54cfe96d1c08',
  $cb$PSYC-01-low-mood-after-breakup$cb$,
  $cb$Can't sleep since his partner left$cb$,
  $cb$Psychiatry$cb$,
  $cb$Moderate depression with suicidal ideation and a recent aborted overdose$cb$,
  'Clinical',
  'history',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are a GP specialty trainee (ST2) in a practice in Leeds.

Jordan Ellis, 29, an electrician, has booked a routine 10-minute appointment. His record shows a sprained ankle in 2019 and nothing else; he takes no regular medication. The receptionist has noted that he asked for "something to help me sleep".

Your task (10 minutes):
- Take a history, including an assessment of his mood and his safety.
- Share your understanding of the problem with him.
- Agree a management plan with him.

You do not need to examine him. A PHQ-9 questionnaire is available if you wish to use it, but it is not required.$cb$,
  $cb$OPENING LINE: "Hiya. I just need something to help me sleep, really. I'm knackered and it's starting to affect work."

HISTORY: You are Jordan Ellis, 29, an electrician employed by a building maintenance firm. Seven weeks ago your partner of six years, Sophie, left you for someone she met at work and moved out of the flat you shared. Since then: you fall asleep at 1 or 2 am, wake at 4 am and cannot get back to sleep. You have no appetite and have lost about half a stone. You have stopped going to five-a-side football and nothing feels enjoyable - you feel "flat", as if nothing is worth it. You are exhausted all day and cannot concentrate: last week you wired a socket wrongly and your supervisor caught it, and you have been late twice and had a verbal warning. Your mood is low all day, worst first thing in the morning. You feel you have "failed at everything". No "highs", voices or paranoia ever. No previous depression.
Alcohol: you used to have 4-5 pints at weekends; now you drink four cans of strong lager most nights "to knock myself out". No drugs.
Thoughts of suicide (only if asked directly and kindly): most days you think everyone would be better off without you and that you "wouldn't mind not waking up". Two weeks ago, on a Saturday night after drinking, you took Sophie's old box of co-codamol from the bathroom cabinet, pressed 10 tablets out onto the table and sat looking at them for about an hour. You did not take any: you thought about your mum finding you, and about your dog Bruno. You put the tablets back; the box (about 30 tablets) is still in the cabinet. No note, no internet searching, no other plans. Today you say, "I wouldn't do it - I couldn't do that to my mum," but you admit you do not know what you would do on another bad night after a drink. You have never harmed yourself.
Past medical history: nil. Medicines: none. Allergies: none.
Family history: your mum's brother, Uncle Paul, took his own life when you were 15. Your mum takes sertraline for "her nerves".
Social: you live alone with Bruno (a Staffordshire bull terrier) in the rented flat; you cannot really afford the rent alone. Mum (Carol) lives nearby. You are closest to your older sister Leanne. You have not told either of them how bad things are.

IDEAS, CONCERNS AND EXPECTATIONS: You think you are "just stressed and not sleeping". You are worried that if the doctor writes "depression" your employer will find out, or that you will be "sectioned". You want sleeping tablets. You are reluctant about talking therapy ("I'm not really a talker") but can be persuaded. You would consider an antidepressant if told it is not addictive.

REVEAL ONLY IF ASKED:
- You often think everyone would be better off without you.
- Two weeks ago you sat with 10 co-codamol tablets for an hour but did not take them.
- About 30 co-codamol tablets are still in your bathroom cabinet.
- You drink four cans of strong lager most nights.
- Your uncle took his own life.
- You have had a verbal warning at work.

HOW TO BEHAVE: Start guarded; avoid eye contact and fiddle with your car keys. Give short answers until the doctor shows real interest, then open up; become tearful about Sophie. If asked clumsily ("You're not suicidal, are you?") say "No, no" and only mention the tablets if the doctor comes back to it gently. If asked directly and kindly (for example "Have you had thoughts of ending your life?"), pause, then tell the truth. If the doctor simply prescribes sleeping tablets, accept them. Ask: "Will my work find out about this?" and "You're not going to section me, are you?" Respond well to a shared safety plan - you will agree to give the tablets to Leanne or take them to a pharmacy, and to tell Leanne how you are feeling.$cb$,
  array[$cb$Frequent thoughts that everyone would be better off without him$cb$, $cb$Two weeks ago he sat with 10 co-codamol tablets for an hour but did not take them$cb$, $cb$About 30 co-codamol tablets remain in his bathroom cabinet$cb$, $cb$Drinking four cans of strong lager most nights$cb$, $cb$His uncle died by suicide$cb$, $cb$Verbal warning at work$cb$]::text[],
  $cb${"data_gathering": [{"point": "Explores the sleep problem and its onset in the context of the break-up", "keywords": ["sleep", "wake", "since", "sophie", "break-up"]}, {"point": "Asks about core depressive symptoms: low mood, loss of interest or enjoyment, energy", "keywords": ["mood", "enjoy", "interest", "energy", "tired"]}, {"point": "Asks about appetite, weight, concentration and feelings of guilt or hopelessness", "keywords": ["appetite", "weight", "concentrat", "hopeless", "guilt"]}, {"point": "Asks directly and sensitively about thoughts of self-harm or ending his life", "keywords": ["ending your life", "suicid", "harm yourself", "not waking up", "better off"]}, {"point": "Explores the co-codamol episode: planning, intent and what stopped him", "keywords": ["tablets", "plan", "stopped you", "note", "intent"]}, {"point": "Establishes current access to means (tablets still at home)", "keywords": ["access", "still", "cabinet", "at home", "means"]}, {"point": "Asks about alcohol and drug use", "keywords": ["alcohol", "drink", "cans", "units", "drugs"]}, {"point": "Asks about protective factors and sources of support", "keywords": ["support", "family", "mum", "sister", "dog", "keeps you going"]}, {"point": "Asks about previous self-harm, past mental health and family history of suicide or mental illness", "keywords": ["before", "previous", "family", "uncle", "history"]}], "clinical_management": [{"point": "Explains that this sounds like depression in plain language and that it is common and treatable", "keywords": ["depression", "common", "treatable", "low mood"]}, {"point": "Agrees a written safety plan with crisis contacts (NHS 111 mental health option, Samaritans 116 123, 999 or A&E)", "keywords": ["safety plan", "samaritans", "111", "crisis", "999", "a&e"]}, {"point": "Advises removing access to the co-codamol (give to sister or return to a pharmacy)", "keywords": ["get rid", "pharmacy", "hand in", "remove", "leanne"]}, {"point": "Discusses reducing alcohol and its effect on mood and risk", "keywords": ["alcohol", "drinking", "cut down", "worse"]}, {"point": "Offers NHS Talking Therapies (self-referral) and discusses antidepressant medication as an option", "keywords": ["talking therapies", "therapy", "cbt", "counselling", "antidepressant", "sertraline"]}, {"point": "Explains why sleeping tablets are not the main treatment and gives sleep advice", "keywords": ["sleeping tablets", "not the answer", "sleep hygiene", "dependen", "addict"]}, {"point": "Arranges early review within a week and considers same-day discussion with the crisis or community mental health team", "keywords": ["follow up", "week", "review", "crisis team", "mental health team"]}, {"point": "Offers a fit note or discusses work adjustments", "keywords": ["fit note", "sick note", "time off", "work"]}], "interpersonal": [{"point": "Uses open questions and allows silences", "keywords": ["tell me more", "how have you", "take your time", "in your own words"]}, {"point": "Responds empathically when he becomes tearful", "keywords": ["sorry", "sounds", "really hard", "understand"]}, {"point": "Addresses his fear about his employer finding out, explaining confidentiality and its limits", "keywords": ["confidential", "employer", "boss", "record", "won't tell"]}, {"point": "Addresses his fear of being sectioned honestly and involves him in decisions", "keywords": ["section", "together", "what do you think", "agree"]}, {"point": "Encourages him to tell his sister or mother how he feels", "keywords": ["leanne", "sister", "mum", "tell someone"]}]}$cb$::jsonb
),
(
  '0d3ead53-8481-53f8-9523-ce6440f88fbd',
  $cb$PSYC-02-alcohol-history-after-fall$cb$,
  $cb$A fall on the stairs at night$cb$,
  $cb$Psychiatry$cb$,
  $cb$Alcohol dependence with early withdrawal (previous complicated withdrawal)$cb$,
  'Clinical',
  'history',
  $cb$Emergency department (clinical decision unit)$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are an FY2 doctor in the emergency department clinical decision unit. It is 11:00.

Nicola Barnes, 48, a finance manager, was brought in by ambulance at 00:30 after falling down the stairs at home. She had a 3 cm scalp laceration, which has been closed with glue. A CT head scan overnight was normal. The ambulance crew recorded that she smelt of alcohol.

This morning the nurse is concerned that she is shaky and sweaty. Observations at 10:30: heart rate 104 bpm, blood pressure 152/90 mmHg, temperature 37.4°C, oxygen saturation 98% on air, GCS 15/15.
Blood results: Hb 128 g/L, MCV 104 fL, platelets 138 x10^9/L, GGT 186 U/L, ALT 62 U/L, bilirubin and albumin normal, sodium 136 mmol/L.

Your task (8 minutes):
- Take a history focusing on her alcohol use, including her risk of withdrawal.
- Discuss your assessment and agree a plan with her.$cb$,
  $cb$OPENING LINE: "I know what you're going to ask. I'm not an alcoholic - I just tripped on the stairs."

HISTORY: You are Nicola Barnes, 48, a finance manager at a housing association. You were divorced three years ago; your son Callum, 14, lives with you and spends alternate weekends with his dad, Mark. Last night at about 11:45 you missed a step going up to bed and fell down half a flight. Callum found you and called the ambulance. Your last drink was about 11:30 pm.
Drinking: you drink white wine (12.5%) every night - usually a bottle and a half, sometimes two bottles at the weekend. You started drinking more after the divorce and it has crept up over the last two years. You buy wine on the way home and hide the empties in the recycling at work. Most mornings your hands shake and you feel sick and on edge until you have a drink; on about three mornings a week you put a "splash" of vodka in your orange juice before driving to work. You need more than you used to in order to feel relaxed. You often cannot remember the end of the evening.
Previous withdrawal: you tried "Dry January" this year. On the second day you had bad shakes, drenching sweats, could not sleep and "saw spiders running across the bedroom curtains". You were terrified and started drinking again on day three. You have never had a fit. You have never had treatment for alcohol.
Right now you feel shaky, sweaty, anxious and sick, and you have a headache.
Other health: you have had heartburn and take omeprazole bought from the supermarket. You eat poorly - you skip breakfast and lunch. You have had a few bruises from bumping into things. Mood: low at times and lonely, but no thoughts of harming yourself. You smoke about 5 cigarettes a day. No other drugs. No allergies.
Work: you were recently spoken to about missed deadlines. Nobody at work knows about the drinking.
Family: your father was "a heavy drinker" and died of liver disease at 61.

IDEAS, CONCERNS AND EXPECTATIONS: You know deep down you drink too much, but you are ashamed and defensive. Your biggest fear is losing Callum - "Is social services going to get involved?" You also worry about losing your job and your driving licence. You want to go home today and "just cut down on my own".

REVEAL ONLY IF ASKED:
- You drink a bottle and a half of wine most nights (about 14 units a day).
- Your last drink was at about 11:30 last night.
- You have morning shakes and sometimes drink vodka before driving to work.
- In January, stopping caused severe shakes, sweats and seeing spiders.
- You have memory blackouts.
- Callum found you and has been making his own dinners.
- Your father died of liver disease.

HOW TO BEHAVE: Sit with your arms folded, hands trembling slightly, and be defensive at first. If the doctor is judgemental or lectures you, become curt: "I said I'm fine. Can I go home?" If the doctor is calm, non-judgemental and explains why they are asking, gradually soften and become honest; become tearful when talking about Callum finding you at the bottom of the stairs. If asked how Callum is, say his dad collected him from the hospital this morning. When the doctor suggests staying in hospital, argue at first ("I've got work tomorrow") but agree if the danger of withdrawal is explained clearly. If told you should not drive, look shocked and ask how you will get to work. Ask the doctor two questions: "Does this mean I'm an alcoholic?" and "Are you going to tell social services?" Respond well to honest, kind answers.$cb$,
  array[$cb$Drinks about one and a half bottles of wine most nights (about 14 units a day)$cb$, $cb$Last drink was at about 23:30 last night$cb$, $cb$Morning shakes relieved by alcohol; vodka some mornings before driving to work$cb$, $cb$Previous attempt to stop caused severe shakes, sweats and visual hallucinations$cb$, $cb$Memory blackouts$cb$, $cb$Her 14-year-old son found her and has been making his own meals$cb$, $cb$Her father died of alcohol-related liver disease$cb$]::text[],
  $cb${"data_gathering": [{"point": "Takes a quantified drinking history (type, amount, frequency) and estimates units", "keywords": ["units", "bottle", "how much", "how often", "wine", "glasses"]}, {"point": "Uses AUDIT or AUDIT-C style questions (frequency, quantity, binge, failure to stop, guilt, injury)", "keywords": ["audit", "six or more", "last year", "failed", "guilty", "injured"]}, {"point": "Establishes the time of her last drink", "keywords": ["last drink", "when did you", "last night", "what time"]}, {"point": "Asks about dependence features: morning drinking, craving, tolerance, relief drinking", "keywords": ["morning", "first thing", "crav", "more than", "steady"]}, {"point": "Asks about previous withdrawal complications: seizures, hallucinations, delirium tremens", "keywords": ["fits", "seizure", "seeing things", "hallucinat", "stopped before"]}, {"point": "Asks about current withdrawal symptoms", "keywords": ["shak", "sweat", "anxious", "sick", "tremor"]}, {"point": "Explores impact: work, blackouts, injuries, drink-driving", "keywords": ["work", "driv", "blackout", "memory", "injur"]}, {"point": "Asks about dependent children and who is caring for them now", "keywords": ["children", "son", "callum", "looking after", "home"]}, {"point": "Asks about mood, self-harm, diet, smoking and other drugs", "keywords": ["mood", "harm", "eating", "drugs", "smok"]}], "clinical_management": [{"point": "Explains her blood results and history suggest alcohol dependence, without labelling or judging", "keywords": ["blood tests", "liver", "dependen", "body is used to"]}, {"point": "Explains that stopping suddenly at home is dangerous because of seizures and delirium", "keywords": ["withdrawal", "dangerous", "fits", "suddenly", "confus"]}, {"point": "Recommends admission for medically assisted withdrawal with symptom-triggered chlordiazepoxide and CIWA-Ar monitoring", "keywords": ["chlordiazepoxide", "stay in", "ciwa", "benzodiazepine", "detox", "admit"]}, {"point": "Offers thiamine (e.g. IV Pabrinex) and explains it protects the brain and memory", "keywords": ["thiamine", "pabrinex", "vitamin", "b1", "memory"]}, {"point": "Refers to the hospital alcohol care team and community services; mentions relapse-prevention medicines and mutual aid", "keywords": ["alcohol team", "liaison", "community", "acamprosate", "naltrexone", "aa"]}, {"point": "Advises her not to drive and explains her duty to inform the DVLA", "keywords": ["drive", "dvla", "licence", "morning"]}, {"point": "Considers Callum's welfare and support, explaining that safeguarding is about support, not punishment", "keywords": ["callum", "son", "support", "safeguarding", "young carer"]}], "interpersonal": [{"point": "Is non-judgemental and acknowledges her shame", "keywords": ["not here to judge", "judge", "brave", "thank you for telling"]}, {"point": "Responds to her defensiveness without confrontation", "keywords": ["understand", "worried", "wonder", "help"]}, {"point": "Explores her own reasons to change (e.g. Callum) using a motivational approach", "keywords": ["what would", "change", "important to you", "reasons"]}, {"point": "Answers her questions honestly, checks understanding and agrees the plan", "keywords": ["does that sound", "agree", "questions", "understand"]}]}$cb$::jsonb
),
(
  '835ee474-e1e3-5e50-b862-248f7a12dbd6',
  $cb$RENAL-01-medicines-review-after-gastroenteritis$cb$,
  $cb$Medicines review after a stomach bug$cb$,
  $cb$Nephrology$cb$,
  $cb$Acute kidney injury (pre-renal and drug-related, after gastroenteritis)$cb$,
  'Clinical',
  'prescribing',
  $cb$Hospital medical ward$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'AMC']::text[],
  'advanced',
  $cb$You are an FY1 doctor on a medical ward. Mrs Gwen Pritchard, 72, was admitted last night after four days of diarrhoea and vomiting. On admission: BP 98/58 mmHg, pulse 104/min, clinically dry. She received IV fluids overnight and is now drinking. This morning: BP 118/70 mmHg, pulse 86/min, urine output about 40 mL/hour, weight 70 kg.

U&E (baseline four months ago / admission / today):
- Creatinine: 96 / 248 / 201 µmol/L (baseline eGFR 52)
- Urea: 7.1 / 19.2 / 14.6 mmol/L
- Potassium: 4.6 / 5.8 / 5.3 mmol/L
- Sodium: 138 / 133 / 135 mmol/L
Admission ECG: sinus tachycardia, no features of hyperkalaemia.

The clerking doctor continued all her usual medicines: ramipril 10 mg OD, amlodipine 10 mg OD, furosemide 40 mg OM, naproxen 500 mg BD, omeprazole 20 mg OD, atorvastatin 20 mg ON, paracetamol 1 g QDS PRN. Allergies: none recorded. The nurse has held this morning's doses pending your review.

Task (10 minutes): Review Mrs Pritchard's medicines with her. Explain which you are stopping, withholding or continuing and why, and advise her what to do with her medicines if she is unwell in future. Tell the examiner the changes you would make to the drug chart.$cb$,
  $cb$OPENING LINE: "Hello, love. The nurse said the doctor needs to check my tablets before I have them this morning. Is something wrong with them?"

HISTORY:
- You are Gwen Pritchard, 72, a retired Post Office counter clerk from Swansea. Your husband Dai died five years ago after a stroke. You live alone in a terraced house; your daughter Rhian lives ten minutes away. You sing in the chapel choir and walk with a stick because of your knees.
- Last Saturday your grandson brought a stomach bug home. You had diarrhoea for four days (up to eight times a day) and vomited for two days. You barely ate and only sipped water.
- Yesterday you nearly fainted getting out of your chair; Rhian rang 111 and an ambulance brought you in. They put you on a drip.
- Today you feel much better: no diarrhoea since yesterday afternoon, you've had tea and toast, and you are passing water normally.
- Your tablets (you know them by what they are for, not by name or dose): two blood pressure tablets, a "water tablet", a "stomach protector", a cholesterol tablet, and naproxen for your knees. No allergies.
- Past history: high blood pressure for 15 years; arthritis in both knees. Never smoked; a small sherry at Christmas.

IDEAS, CONCERNS AND EXPECTATIONS: You think the bug "dried you out". You don't really see what your tablets have to do with it. You are frightened that if your blood pressure tablets stop you will have a stroke like Dai. You rely on the naproxen: "Paracetamol doesn't touch my knees." You want everything back as it was and to be home for the choir concert on Sunday.

REVEAL ONLY IF ASKED:
- About two years ago a doctor increased one of her blood pressure tablets and her ankles swelled; a different doctor then started the water tablet.
- Her GP once said her kidneys were "a little bit tired", but she didn't think much of it.
- On bad days she also buys Nurofen at the supermarket and takes one or two on top of the naproxen.
- She takes paracetamol only "now and again", never regularly.
- Her tablets come in a weekly blister pack made up by her local chemist.
- She kept taking all her tablets, including the water tablet and naproxen, throughout the diarrhoea and vomiting.

HOW TO BEHAVE: Warm and chatty; call the doctor "love" or "bach". You are not medically minded and need simple words – if the doctor says "AKI" or "nephrotoxic", ask what that means. When told tablets are being stopped, ask: "For how long?" and "Won't my blood pressure go sky high?" Push back firmly on the naproxen: "I can't manage the stairs without it." Accept stopping it if the doctor explains the risk to your kidneys, acknowledges your knee pain and offers another plan. Ask: "How will I know what to stop next time I'm poorly?" and "Will the chemist know about the changes to my pack?" If the doctor asks you to repeat the advice back, manage it with one prompt.$cb$,
  array[$cb$About two years ago a doctor increased one of her blood pressure tablets and her ankles swelled; a different doctor then started the water tablet.$cb$, $cb$Her GP once said her kidneys were "a little bit tired", but she didn't think much of it.$cb$, $cb$On bad days she also buys Nurofen at the supermarket and takes one or two on top of the naproxen.$cb$, $cb$She takes paracetamol only "now and again", never regularly.$cb$, $cb$Her tablets come in a weekly blister pack made up by her local chemist.$cb$, $cb$She kept taking all her tablets, including the water tablet and naproxen, throughout the diarrhoea and vomiting.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Confirms identity and checks allergies with the patient before reviewing the chart", "keywords": ["name", "date of birth", "wristband", "allerg", "confirm"]}, {"point": "Takes a medication history including over-the-counter drugs and what she took during the illness", "keywords": ["over the counter", "nurofen", "buy", "kept taking", "during"]}, {"point": "Establishes current state: eating, drinking, diarrhoea, vomiting, passing urine, dizziness", "keywords": ["eating", "drinking", "diarrh", "passing urine", "dizzy"]}, {"point": "Interprets the results: AKI stage 2 (creatinine about 2.6 times baseline) on background CKD, mild hyperkalaemia, improving", "keywords": ["creatinine", "baseline", "stage", "potassium", "kidney", "improving"]}, {"point": "Asks why each medicine was started, uncovering the furosemide started for ankle swelling after the amlodipine increase", "keywords": ["why", "what for", "ankle", "swelling", "water tablet"]}, {"point": "Identifies the blister pack and the need to involve her community pharmacy", "keywords": ["blister", "pharmacy", "chemist", "pack"]}], "clinical_management": [{"point": "Withholds ramipril and explains the restart plan (once kidney function recovers and she is eating and drinking normally, with U&E 1-2 weeks after restarting)", "keywords": ["ramipril", "withhold", "hold", "restart", "blood test"]}, {"point": "Withholds furosemide and recommends review of whether it is needed, noting the ankle swelling may be due to amlodipine", "keywords": ["furosemide", "water tablet", "hold", "amlodipine", "ankle"]}, {"point": "Stops naproxen permanently (and all oral NSAIDs) and offers an alternative plan for knee pain (regular paracetamol, physiotherapy, GP review)", "keywords": ["naproxen", "stop", "anti-inflammator", "paracetamol", "physio", "knee"]}, {"point": "Withholds amlodipine while BP is low-normal with daily review, and continues atorvastatin and omeprazole with a reason (review omeprazole once naproxen stopped)", "keywords": ["amlodipine", "blood pressure", "continue", "statin", "omeprazole"]}, {"point": "Plans monitoring: daily U&E, fluid balance chart, IV fluids until drinking well, avoid nephrotoxins and contrast, repeat ECG if potassium rises", "keywords": ["u&e", "daily", "fluid", "potassium", "monitor", "ecg"]}, {"point": "Gives sick-day guidance: pause ramipril and furosemide during vomiting, diarrhoea or fever, restart 24-48 hours after eating and drinking normally, with a written card", "keywords": ["sick day", "vomit", "diarrhoea", "24", "48", "card"]}, {"point": "Communicates changes to the GP and community pharmacy (discharge letter, blister pack)", "keywords": ["gp", "letter", "pharmacy", "discharge", "blister"]}, {"point": "Tells the examiner the chart changes, documented with reason, date and signature", "keywords": ["chart", "document", "sign", "reason", "date"]}], "interpersonal": [{"point": "Explains the kidney injury in plain language", "keywords": ["kidneys", "strain", "dried out", "filter", "dehydrat"]}, {"point": "Addresses her fear of stroke if blood pressure tablets are stopped", "keywords": ["stroke", "dai", "husband", "worr", "safe"]}, {"point": "Acknowledges her knee pain and negotiates stopping naproxen", "keywords": ["knee", "understand", "stairs", "alternative", "difficult"]}, {"point": "Checks understanding with teach-back", "keywords": ["tell me", "back", "understand", "remember", "recap"]}]}$cb$::jsonb
),
(
  'a2e0e265-afd3-5345-90a1-717fea9592d4',
  $cb$RESP-01-persistent-cough-weight-loss$cb$,
  $cb$A cough that won't clear$cb$,
  $cb$Respiratory$cb$,
  $cb$Suspected lung cancer$cb$,
  'Clinical',
  'history',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are an FY2 doctor in a GP surgery on the Wirral. Your next patient is Mr Kenneth Baxter, 64, who has booked an appointment about a cough.

From his notes: mild COPD diagnosed five years ago (salbutamol inhaler as required); recorded as an ex-smoker. At his COPD review 14 months ago he weighed 78.4 kg. No known drug allergies. No consultations since.

The healthcare assistant recorded today: temperature 36.9 °C, pulse 88/min regular, BP 134/82 mmHg, respiratory rate 18/min, SpO2 95% on air, weight 71.2 kg.

Task (10 minutes): Take a focused history from Mr Baxter, explain to him what you think needs to happen next and agree a plan. You do not need to examine him; assume his chest examination shows only a few scattered wheezes, with no clubbing or lymphadenopathy.$cb$,
  $cb$OPENING LINE: "I've had this cough for three weeks and I can't shift it. I think it's gone onto my chest – usually the doctor gives me some antibiotics and it clears up."

HISTORY:
- You are Ken Baxter, 64, from Birkenhead. You worked most of your life as a pipefitter, and for the last few years before you retired two years ago you drove a delivery van.
- The cough started about three and a half weeks ago. At first it was dry; now you bring up a little white-grey phlegm most mornings. It is worse at night and first thing. Honey and lemon and a cough bottle from the chemist have not helped.
- You feel more tired than usual, you have gone off your food, and you have a dull ache on the right side of your chest that is worse when you cough.
- You are a bit more breathless walking up the hill to the shops than last year, but you put that down to age and "the COPD".
- No fevers. No bone pain, headaches, change in your voice or difficulty swallowing.
- Past history: mild COPD; you use a blue salbutamol inhaler a couple of times a week. No other medicines. No allergies.
- Social: you live with your wife Sheila in a terraced house; two grown-up sons. Alcohol: three or four pints on a Saturday. No pets or birds. No foreign travel for years; nobody you know has had TB.
- You and Sheila have a three-week caravan holiday in the Highlands booked, leaving in ten days.

IDEAS, CONCERNS AND EXPECTATIONS: You tell yourself it is a chest infection and you expect antibiotics. Deep down you are frightened it is something worse because of your brother. You do not want Sheila worrying. You want "something to clear it up" before the holiday.

REVEAL ONLY IF ASKED:
- Twice in the past week he has coughed up phlegm streaked with bright red blood, no more than a teaspoon; he has not told his wife.
- He has lost about 7 kg (just over a stone) in a few months without trying; his belt is two notches tighter.
- He smoked 20 cigarettes a day from age 15 until he stopped five years ago (about 45 pack-years).
- As a pipefitter at the Cammell Laird shipyard in the late 1970s and 1980s he worked around asbestos lagging without a mask.
- His older brother Tommy, also a heavy smoker, died of lung cancer at 66, four years ago.
- He has had a couple of nights waking up a bit sweaty.

HOW TO BEHAVE: Gruff, friendly and matter-of-fact; you play things down ("It's only a cough"). Do not volunteer the blood; if asked directly about blood, pause, then admit it quietly. If the doctor explores your worries, say: "Our Tommy started like this." If cancer is mentioned, go quiet for a few seconds, then ask: "Are you telling me I've got cancer?" and later "Should I cancel the holiday?" Respond well to honesty given gently, with a warning that it might be serious, and to a clear plan. Become defensive ("I only came in for antibiotics") if the news is blunt or if the doctor dodges your questions. If simply offered antibiotics without explanation, accept them gratefully and leave (a poor outcome).$cb$,
  array[$cb$Twice in the past week he has coughed up phlegm streaked with bright red blood, no more than a teaspoon; he has not told his wife.$cb$, $cb$He has lost about 7 kg (just over a stone) in a few months without trying; his belt is two notches tighter.$cb$, $cb$He smoked 20 cigarettes a day from age 15 until he stopped five years ago (about 45 pack-years).$cb$, $cb$As a pipefitter at the Cammell Laird shipyard in the late 1970s and 1980s he worked around asbestos lagging without a mask.$cb$, $cb$His older brother Tommy, also a heavy smoker, died of lung cancer at 66, four years ago.$cb$, $cb$He has had a couple of nights waking up a bit sweaty.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Characterises the cough: duration, dry or productive, sputum colour and amount", "keywords": ["cough", "how long", "phlegm", "sputum", "colour"]}, {"point": "Asks specifically about coughing up blood", "keywords": ["blood", "coughing up", "red", "streak"]}, {"point": "Quantifies weight loss and asks about appetite", "keywords": ["weight", "appetite", "clothes", "eating", "lost"]}, {"point": "Asks about breathlessness, chest pain and hoarseness", "keywords": ["breath", "chest", "hoarse", "voice", "ache"]}, {"point": "Asks about fevers, night sweats, TB contact and travel", "keywords": ["fever", "sweat", "night", "tb", "travel"]}, {"point": "Takes a full smoking history and estimates pack-years", "keywords": ["smok", "cigarettes", "pack", "how many", "stopped"]}, {"point": "Takes an occupational history including asbestos exposure", "keywords": ["work", "job", "asbestos", "shipyard", "dust"]}, {"point": "Asks about bone pain, headaches and family history of cancer", "keywords": ["bone", "headache", "family", "brother", "cancer"]}], "clinical_management": [{"point": "Explains honestly that his symptoms need urgent tests to rule out serious causes, including lung cancer", "keywords": ["serious", "cancer", "rule out", "concern", "urgent"]}, {"point": "Makes an urgent suspected cancer pathway referral (formerly 'two-week wait') to the lung team, as haemoptysis at 40 or over meets the criteria", "keywords": ["referral", "two week", "urgent", "specialist", "fast track", "suspected cancer"]}, {"point": "Arranges an urgent chest X-ray and bloods (FBC, U&E, LFTs, calcium)", "keywords": ["x-ray", "xray", "blood test", "calcium", "full blood count"]}, {"point": "Explains what happens next: hospital contact, likely CT scan, possibly a camera test", "keywords": ["ct", "scan", "camera", "clinic", "phone"]}, {"point": "Explains that antibiotics are not indicated and why", "keywords": ["antibiotic", "infection", "not needed", "won't help"]}, {"point": "Safety-nets: heavy bleeding, worsening breathlessness or chest pain needs 999 or A&E; contact the surgery if no appointment within a week", "keywords": ["999", "a&e", "heavy", "breathless", "contact", "hear"]}, {"point": "Advises prioritising the appointments over the holiday and gives contact details", "keywords": ["holiday", "caravan", "postpone", "appointment", "number"]}], "interpersonal": [{"point": "Responds empathically to the cue about his brother", "keywords": ["brother", "tommy", "sorry", "worr", "must have"]}, {"point": "Explores his ideas, concerns and expectation of antibiotics", "keywords": ["think", "worr", "expect", "hoping", "antibiotic"]}, {"point": "Raises the possibility of cancer sensitively with a warning shot and pauses", "keywords": ["sorry", "difficult", "concern", "serious", "moment"]}, {"point": "Offers support: bringing Sheila, written information, Macmillan, who to call", "keywords": ["sheila", "wife", "support", "leaflet", "macmillan", "someone"]}]}$cb$::jsonb
),
(
  'd539f519-102e-5e3d-8ec3-6d3fd95895a3',
  $cb$RESP-02-inhaler-technique-action-plan$cb$,
  $cb$Inhaler review after an urgent care visit$cb$,
  $cb$Respiratory$cb$,
  $cb$Asthma (poorly controlled)$cb$,
  'Communication',
  'explanation',
  $cb$GP surgery$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'foundation',
  $cb$You are an FY2 doctor in a GP surgery. The practice nurse has asked you to see Mr Hamza Qureshi, 24, an apprentice electrician. He attended an urgent treatment centre three weeks ago with an asthma attack and was treated with nebulisers and five days of prednisolone.

Repeat prescriptions: beclometasone (Clenil Modulite) 100 micrograms, two puffs twice daily, by metered-dose inhaler; salbutamol 100 micrograms, two puffs as needed. Over the last 12 months he collected two beclometasone inhalers and eleven salbutamol inhalers. No spacer on record. No known drug allergies.

Today his peak flow is 470 L/min; his predicted value is about 590 L/min. He is not wheezy and speaks in full sentences.

A placebo metered-dose inhaler and a spacer are available.

Task (10 minutes): Check and, where needed, correct Mr Qureshi's inhaler technique, explain how his inhalers work, and agree a personalised asthma action plan with him. You do not need to take a full history.$cb$,
  $cb$OPENING LINE: "The nurse said I had to see you about my inhalers. To be honest I'm fine most of the time – it's just when I'm playing football."

HISTORY:
- You are Hamza Qureshi, 24. You live with your parents and younger sister in Bradford. You are in the final year of an electrician apprenticeship and play semi-professional football for a non-league club on Saturdays, with training twice a week.
- You have had asthma since primary school. You call your inhalers "the blue one" and "the brown one".
- Three weeks ago, after a long day on a dusty site followed by training in the cold, you became very wheezy and could not finish sentences. Your dad drove you to the urgent treatment centre; you had nebulisers and five days of steroid tablets. You are better but not back to normal.
- At the moment you use the blue inhaler most days, and you wake up coughing about two nights a week. You get tight-chested in the second half of matches.
- You do not smoke or vape. You don't drink alcohol. No other medical problems. No allergies to medicines.

IDEAS, CONCERNS AND EXPECTATIONS: You think your asthma is just "sports asthma" and that the blue inhaler is the one that works – the brown one "doesn't do anything". You worry that steroids could get you banned, and that asthma will stop you being signed by a bigger club. You would like "something stronger to take before matches". The attack three weeks ago scared you more than you admit.

REVEAL ONLY IF ASKED:
- He takes the brown inhaler only "when my chest is bad" for a few days, then stops; it lives in his van's glovebox.
- His chest is worse on dusty jobs, especially when chasing walls or drilling plaster, and he rarely wears a mask.
- He has hay fever every spring and summer with a blocked, runny nose, and has never treated it.
- He worries the "steroid" inhaler is like bodybuilders' steroids and could make him fail a drugs test at football.
- He uses the blue inhaler before and at half-time in every match and most training sessions.
- He has never had a written asthma action plan and doesn't know his best peak flow.

HOW TO BEHAVE: Friendly, polite, a little embarrassed; you feel you were told off by the nurse. If the doctor is judgemental ("you must take it"), shrug and say "Yeah, I know." If the doctor is curious and non-judgemental, open up about the glovebox and the drugs-test worry.
When asked to show your technique with the placebo inhaler: do not shake it; do not breathe out first; take a quick, sharp breath in and press the canister halfway through; do not hold your breath; take the second puff straight away. If the doctor demonstrates correctly and asks you to try again, copy them correctly but forget the breath-hold until reminded. If offered a spacer, say it looks "a bit much to carry to work" until its benefit is explained.
Ask: "Is the brown one going to get me banned?", "When do I actually need to call an ambulance?" and "Can't I just have something stronger for matches?" If the doctor asks you to explain the plan back, do it roughly correctly.$cb$,
  array[$cb$He takes the brown inhaler only "when my chest is bad" for a few days, then stops; it lives in his van's glovebox.$cb$, $cb$His chest is worse on dusty jobs, especially when chasing walls or drilling plaster, and he rarely wears a mask.$cb$, $cb$He has hay fever every spring and summer with a blocked, runny nose, and has never treated it.$cb$, $cb$He worries the "steroid" inhaler is like bodybuilders' steroids and could make him fail a drugs test at football.$cb$, $cb$He uses the blue inhaler before and at half-time in every match and most training sessions.$cb$, $cb$He has never had a written asthma action plan and doesn't know his best peak flow.$cb$]::text[],
  $cb${"data_gathering": [{"point": "Asks what he understands about asthma and the purpose of each inhaler", "keywords": ["understand", "know", "brown", "blue", "preventer", "reliever"]}, {"point": "Asks him to demonstrate his inhaler technique and observes it", "keywords": ["show me", "demonstrate", "watch", "how you use"]}, {"point": "Explores how often he actually uses the preventer, non-judgementally", "keywords": ["how often", "miss", "forget", "every day", "brown"]}, {"point": "Asks about reliever use, night waking and exercise symptoms", "keywords": ["blue", "night", "wake", "week", "football", "match"]}, {"point": "Identifies triggers: dust at work, cold air, hay fever", "keywords": ["trigger", "worse", "dust", "cold", "hay fever", "nose"]}, {"point": "Explores his concerns about steroids and sport", "keywords": ["worr", "steroid", "drugs test", "banned", "concern"]}], "clinical_management": [{"point": "Explains the difference between preventer and reliever in plain words (daily anti-inflammatory vs quick relief)", "keywords": ["preventer", "reliever", "inflam", "swelling", "airways", "every day"]}, {"point": "Demonstrates correct technique: shake, breathe out, seal lips, press as he starts a slow deep breath, hold for about 10 seconds, wait before the second puff", "keywords": ["shake", "breathe out", "slow", "hold", "ten seconds", "wait"]}, {"point": "Recommends a spacer and rinsing the mouth after the preventer", "keywords": ["spacer", "rinse", "mouth", "thrush", "gargle"]}, {"point": "Uses teach-back: asks him to demonstrate again and corrects errors", "keywords": ["show me", "again", "try", "your turn", "back"]}, {"point": "Agrees a written action plan with green, amber and red zones and peak-flow thresholds (about 80% and 50% of best or predicted)", "keywords": ["green", "amber", "red", "peak flow", "plan", "zone"]}, {"point": "Explains what to do in an attack: sit up, 1 puff every 30-60 seconds up to 10 puffs, call 999 if not improving", "keywords": ["10 puffs", "ten puffs", "999", "ambulance", "attack", "sit up"]}, {"point": "Reassures that inhaled steroids are low dose, unlike anabolic steroids, and are permitted in sport (check anti-doping guidance; salbutamol within limits)", "keywords": ["anabolic", "low dose", "allowed", "permitted", "anti-doping", "banned"]}, {"point": "Addresses triggers (mask on dusty jobs, steroid nasal spray for hay fever), explains his heavy reliever use is a warning sign, discusses switching to a combined preventer-and-reliever (MART) inhaler and arranges review in 4-6 weeks", "keywords": ["mask", "nasal spray", "hay fever", "review", "weeks", "combination", "mart"]}], "interpersonal": [{"point": "Remains non-judgemental about his preventer use", "keywords": ["lots of people", "common", "understand", "not judging"]}, {"point": "Acknowledges how frightening the recent attack was", "keywords": ["scary", "frighten", "attack", "worr"]}, {"point": "Agrees a realistic routine for the preventer (e.g. next to toothbrush, phone reminder)", "keywords": ["toothbrush", "routine", "remind", "alarm", "morning"]}, {"point": "Checks understanding and invites questions", "keywords": ["questions", "make sense", "understand", "anything else"]}]}$cb$::jsonb
),
(
  '77dec90a-26aa-5692-bf6b-b3991762ce12',
  $cb$SURG-01-ogd-consent-dysphagia$cb$,
  $cb$Consent for a camera test$cb$,
  $cb$Gastroenterology$cb$,
  $cb$Progressive dysphagia with weight loss: consent for urgent diagnostic OGD$cb$,
  'Communication',
  'consent',
  $cb$Hospital endoscopy pre-assessment clinic$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'foundation',
  $cb$You are an FY1 doctor with the gastroenterology team, working in the endoscopy pre-assessment clinic.

Mrs Bernadette (Bernie) Walsh, 57, was referred by her GP on the urgent suspected cancer pathway with six weeks of difficulty swallowing solid food and 3 kg weight loss. She is booked for a diagnostic upper GI endoscopy (oesophago-gastro-duodenoscopy, OGD) next Tuesday morning.

Notes: hypertension on amlodipine 5 mg daily; lansoprazole 30 mg daily started by her GP four weeks ago. No anticoagulant or antiplatelet medicines. No known drug allergies. Observations today are normal.

The endoscopist will confirm consent and sign the form on the day. You have been asked to explain the procedure to Mrs Walsh and begin the consent process, including the sedation options and what she will need to arrange.

Task: explain the procedure, its benefits, risks and alternatives, answer her questions and check her understanding. You do not need to take a history or complete the consent form. You have 8 minutes.$cb$,
  $cb$OPENING LINE: "Hello, love. I've had the letter but to be honest I've been too scared to read the leaflet properly. They're putting a tube down my throat, is that right?"
HISTORY: You are Bernadette (Bernie) Walsh, 57, a school cook who runs the kitchen at a primary school in Coventry. You grew up in County Mayo and moved to England at 20. For about six weeks, food has been sticking behind your breastbone, mostly bread and meat. It has slowly got worse; you now cut food small and eat soup and yoghurt most days. Drinks go down fine. You have lost about half a stone (3 kg). You have had heartburn on and off for years and took Gaviscon. The GP started lansoprazole a month ago and said the referral was "urgent, the two-week one". Past history: high blood pressure (amlodipine 5 mg each morning). No allergies. You smoked 15 a day from 16 until you stopped at 50. You drink a couple of gin and tonics on a Friday. Social: you live in a village outside Coventry with your husband Pat (62), who had a stroke last year. He walks with a stick and is no longer allowed to drive. You drive everywhere, and you had planned to drive yourself to the hospital and back. Your daughter Siobhan (30) lives in Birmingham and works shifts as a paramedic.
IDEAS, CONCERNS AND EXPECTATIONS: You think it is probably "the acid" causing a narrowing, but the words "urgent" and "two-week" have frightened you and you suspect they are looking for cancer. Concerns: gagging (you gag at the dentist and even when brushing your back teeth); choking; you read online that "they can make a hole in your gullet". Expectations: you would like to be "knocked out completely" and to drive home afterwards so Pat is not left alone for long.
REVEAL ONLY IF ASKED:
- You wear a partial upper denture (two front teeth) and have a crown at the back.
- You have a strong gag reflex.
- Pat cannot drive since his stroke, so you planned to drive yourself.
- Siobhan could collect you if she swaps a shift, and could stay the night.
- You are worried the test is really to look for cancer.
HOW TO BEHAVE: Warm and talkative, but nervous: you fiddle with your wedding ring and make jokes when anxious. If the doctor asks what you know already, say "a camera down the throat, that's all I know". Ask these questions naturally during the conversation: "Will I be asleep?", "Will I be able to breathe with that thing in?", "Can they make a hole in me? How often does that happen?", "Can I drive home after?" and, quietly, "Is this because they think it's cancer?" If the doctor explains that sedation makes you drowsy and relaxed but is not a general anaesthetic, accept it. If the doctor explains that after sedation you cannot drive for 24 hours and need an adult to take you home and stay with you, look worried about Pat, then brighten if helped to think it through (Siobhan, or throat spray alone so you can drive). If the doctor answers the cancer question honestly (the urgent route is to rule out serious causes including cancer, most people referred do not have cancer, and this test is the best way to find out), say "Thank you for not fobbing me off." If the doctor is evasive or says "don't worry about that", you become more anxious and keep coming back to it. If risks are given with numbers in plain words, you relax; if they are rattled off as a list of jargon, say "You've lost me, love." If asked to explain back, you can repeat the main points if they were explained clearly. At the end, say you would like to go with the throat spray and sedation if Siobhan can come, and ask "Do I need to sign anything today?"$cb$,
  array[$cb$She wears a partial upper denture and has a back crown$cb$, $cb$She has a strong gag reflex$cb$, $cb$Her husband cannot drive since his stroke, so she planned to drive herself$cb$, $cb$Her daughter could collect her and stay overnight if she swaps a shift$cb$, $cb$She is worried the test is really looking for cancer$cb$]::text[],
  $cb${"data_gathering": [{"point": "Confirms identity and establishes what she already knows about the test and why it was arranged", "keywords": ["know", "understand", "why", "letter", "leaflet", "so far"]}, {"point": "Explores her worries about the procedure (gagging, choking, perforation)", "keywords": ["worr", "concern", "gag", "nervous", "scared", "choking"]}, {"point": "Asks about dentures, crowns or loose teeth", "keywords": ["denture", "teeth", "crown", "false", "plate"]}, {"point": "Checks medicines (including blood thinners and diabetes medicines) and allergies", "keywords": ["medic", "tablets", "blood thinner", "allerg", "diabetes"]}, {"point": "Asks about getting home: who can collect her and stay with her, and whether she plans to drive", "keywords": ["drive", "home", "collect", "someone", "stay with", "escort"]}, {"point": "Elicits her fear that the test is to look for cancer", "keywords": ["cancer", "urgent", "two-week", "worried it", "serious"]}, {"point": "Checks understanding by asking her to explain back the key points", "keywords": ["explain back", "own words", "understand", "recap", "make sense"]}], "clinical_management": [{"point": "Explains the procedure: a thin flexible tube with a camera passed through the mouth to look at the gullet, stomach and first part of the bowel, taking about 5 to 15 minutes; she can breathe normally", "keywords": ["camera", "tube", "gullet", "stomach", "minutes", "breathe"]}, {"point": "Explains the benefits: finds the cause of the swallowing problem and allows biopsies to guide treatment", "keywords": ["cause", "swallow", "biopsy", "sample", "find", "treatment"]}, {"point": "Explains common minor effects: sore throat, bloating, discomfort", "keywords": ["sore throat", "bloat", "wind", "discomfort", "common"]}, {"point": "Explains serious but rare risks, including perforation (about 1 in 10,000 for a diagnostic test; higher if a narrowing has to be stretched), bleeding after biopsy, sedation reactions, aspiration and dental damage", "keywords": ["perforat", "tear", "hole", "bleed", "thousand", "rare"]}, {"point": "Explains the sedation options: throat spray (awake; can drive after) and/or intravenous sedation (drowsy, not a general anaesthetic)", "keywords": ["throat spray", "sedation", "drowsy", "awake", "numb", "injection"]}, {"point": "Gives after-sedation rules: an adult to take her home and stay for 24 hours; no driving, alcohol, machinery or signing legal documents for 24 hours", "keywords": ["24 hours", "drive", "adult", "alcohol", "stay with", "sign"]}, {"point": "Explains alternatives (barium swallow, CT) and their limits (no biopsies), and the risk of not having the test", "keywords": ["alternative", "barium", "x-ray", "ct", "biopsy", "not having"]}, {"point": "Explains preparation (nothing to eat for about 6 hours, follow the letter, usual blood pressure tablet with a sip of water), that she can change her mind at any time, and how results are given", "keywords": ["fast", "6 hours", "letter", "change your mind", "results", "withdraw"]}], "interpersonal": [{"point": "Introduces self, explains the purpose of the conversation and gains her agreement to proceed", "keywords": ["introduce", "my name", "explain", "okay with you", "purpose"]}, {"point": "Acknowledges her anxiety about gagging and the urgent referral, with empathy", "keywords": ["understand", "natural", "anxious", "worr", "completely normal"]}, {"point": "Answers the cancer question honestly without false reassurance or evasion", "keywords": ["honest", "rule out", "cancer", "most people", "best way"]}, {"point": "Uses plain language, chunks information and checks after each part", "keywords": ["make sense", "okay so far", "questions", "plain"]}, {"point": "Helps her problem-solve the transport and carer issue and offers a written leaflet", "keywords": ["siobhan", "daughter", "pat", "leaflet", "written", "arrange"]}]}$cb$::jsonb
),
(
  'a47df0a1-a088-5bc5-b531-a6efd1e85ecf',
  $cb$SURG-02-lap-chole-consent-anxious$cb$,
  $cb$Worried about a planned keyhole operation$cb$,
  $cb$General surgery$cb$,
  $cb$Symptomatic gallstones listed for elective laparoscopic cholecystectomy$cb$,
  'Communication',
  'consent',
  $cb$Hospital general surgery outpatient clinic$cb$,
  array['PLAB 2', 'UKMLA CPSA']::text[],
  'core',
  $cb$You are a CT1 in the general surgery outpatient clinic.

Mr Tendai Moyo, 44, has had four episodes of severe right upper abdominal pain over five months, including one A&E attendance. Ultrasound: multiple gallstones in a thin-walled gallbladder; common bile duct 5 mm (normal); no signs of inflammation. Liver function tests and lipase were normal between attacks. BMI 31. He smokes 10 cigarettes a day. No other medical history, no regular medicines, no allergies.

Six weeks ago the consultant recommended an elective day-case laparoscopic cholecystectomy and he was placed on the waiting list. He has been sent a pre-operative assessment date. He has asked to come back today because he is anxious about going ahead, and the consultant has asked you to discuss the operation and consent with him.

Task: explain the procedure, including its benefits, risks and alternatives, address his concerns and check his understanding. You do not need to take a full history or examine him. You have 10 minutes.$cb$,
  $cb$OPENING LINE: "Thanks for seeing me again. I know I said yes last time, but I've been lying awake about this operation. I'm not sure I should go through with it."
HISTORY: You are Tendai Moyo, 44, head chef and co-owner of a busy Southern African restaurant in Leicester. You moved from Harare to the UK at 22. Over five months you have had four attacks of severe pain under your right ribs, going round to your back, each lasting three to five hours, usually after a big or rich meal late at night. You sweat and vomit and can't get comfortable. The last one, seven weeks ago, took you to A&E for morphine. You have no pain between attacks and have never been yellow or had a fever. You are cutting out fried food and it has helped a little. No medical history, no medicines, no allergies. You smoke about ten a day ("kitchen stress") and drink a few beers on your day off. You have never had an operation or anaesthetic. Social: married to Ruth, a pharmacy technician; two children, Tanaka (12) and Rudo (9). Your business partner, Farai, runs the front of house; you are the only senior chef and lift heavy stockpots every day. You drive to work and to the wholesaler.
IDEAS, CONCERNS AND EXPECTATIONS: You understand the gallbladder has stones and causes the attacks. Ideas: perhaps you could just change your diet, or have the stones taken out and keep the gallbladder, because "surely we need it". Concerns: (1) ten years ago your mother had a "routine" hysterectomy, developed a blood clot on her lungs and spent four days in intensive care; (2) you watched a documentary about people waking up during operations; (3) how long you will be out of the kitchen. Expectation: honest information so you can decide, without being pushed.
REVEAL ONLY IF ASKED:
- Your mother had a blood clot on the lungs after a hysterectomy and was in intensive care.
- You are afraid of waking up during the operation after watching a documentary.
- You are the only senior chef and lift heavy stockpots; you worry about time off.
- You smoke about ten cigarettes a day and have thought about stopping.
- Ruth would like to come to the pre-operative assessment with you.
HOW TO BEHAVE: Polite, serious and clearly anxious: you lean forward, rub your hands and ask a lot of "what if" questions. If the doctor starts reading risks from a list without asking what worries you, cross your arms and say "You're making it sound worse." If asked what worries you most, talk about your mum's clot and the documentary. Ask: "Can't I just change my diet?", "Can't they take the stones out and leave the gallbladder?", "What happens to me without a gallbladder?", "What's the worst that can happen?", "How long before I'm back at work and driving?" and "Could I wake up in the middle of it?" If the doctor explains what is done to prevent clots (assessment, stockings, possibly injections, getting up and walking soon after) and that waking during anaesthesia is very rare and the anaesthetist monitors closely and will see you beforehand, visibly relax. If the doctor gives honest numbers for risks in plain language, say "Right. That's actually less scary than what was in my head." If the doctor pressures you ("you really need this done") or brushes off your fears, become defensive and say you want to cancel. If you are given balanced information and told it is your decision, that you can take time and that you will sign the form on the day, say you will go ahead, will try to stop smoking, and will bring Ruth to pre-assessment.$cb$,
  array[$cb$His mother had a pulmonary embolism after a hysterectomy and was in intensive care$cb$, $cb$He is afraid of waking up during the operation after watching a documentary$cb$, $cb$He is the only senior chef and lifts heavy stockpots, so worries about time off$cb$, $cb$He smokes about ten cigarettes a day and has thought about stopping$cb$, $cb$His wife would like to come to the pre-operative assessment$cb$]::text[],
  $cb${"data_gathering": [{"point": "Establishes what he already understands about his gallstones and the planned operation", "keywords": ["understand", "know", "gallstone", "so far", "told"]}, {"point": "Asks specifically what worries him about the operation", "keywords": ["worr", "concern", "anxious", "what is it about", "scared"]}, {"point": "Elicits his mother's clot and intensive care experience", "keywords": ["mother", "mum", "clot", "intensive care", "family"]}, {"point": "Elicits his fear of waking during the anaesthetic", "keywords": ["wake", "awake", "anaesthe", "documentary", "asleep"]}, {"point": "Explores his work, heavy lifting and driving needs", "keywords": ["work", "chef", "lift", "kitchen", "drive", "time off"]}, {"point": "Asks about smoking and previous anaesthetics", "keywords": ["smok", "cigarette", "anaesthetic before", "operation before"]}, {"point": "Checks his understanding of the key points", "keywords": ["own words", "understand", "explain back", "recap", "make sense"]}], "clinical_management": [{"point": "Explains the procedure: general anaesthetic, gallbladder removed through usually four small keyhole cuts, normally home the same day or next day", "keywords": ["keyhole", "small cuts", "general anaesthetic", "remove", "gallbladder", "same day"]}, {"point": "Explains benefits: prevents further attacks and complications such as inflammation, jaundice and pancreatitis; life is normal without a gallbladder", "keywords": ["attacks", "pancreatitis", "jaundice", "inflam", "normal", "without"]}, {"point": "Explains common effects: wound pain, bruising, shoulder-tip pain from the gas, wound infection", "keywords": ["shoulder", "gas", "wound", "bruis", "infection"]}, {"point": "Explains serious uncommon risks: bleeding, bile leak (around 1 in 100), injury to the bile duct (roughly 1 in 200 to 1 in 500) or bowel, and conversion to open surgery (up to about 1 in 20)", "keywords": ["bile duct", "leak", "bleed", "bowel", "open operation", "convert"]}, {"point": "Addresses clot risk: risk assessment, stockings, possible blood-thinning injections, early mobilisation; and explains awareness under anaesthesia is very rare and the anaesthetist will see him beforehand", "keywords": ["clot", "stocking", "injection", "walk", "anaesthetist", "rare"]}, {"point": "Discusses alternatives: diet changes and watchful waiting (attacks likely to recur); removing stones alone or dissolving tablets are not effective", "keywords": ["alternative", "diet", "wait", "come back", "recur", "dissolv"]}, {"point": "Explains recovery: light duties after 1 to 2 weeks, avoid heavy lifting for several weeks, drive when able to do an emergency stop comfortably", "keywords": ["weeks", "lifting", "emergency stop", "back to work", "recover", "insurance"]}, {"point": "Advises stopping smoking to reduce complications and offers stop-smoking support", "keywords": ["stop smoking", "smok", "support", "chest", "heal"]}], "interpersonal": [{"point": "Acknowledges his anxiety and validates it given his mother's experience", "keywords": ["understand", "natural", "frightening", "mum", "makes sense"]}, {"point": "Presents balanced information without pressure and states the decision is his", "keywords": ["your decision", "your choice", "no pressure", "up to you", "time to think"]}, {"point": "Uses plain language with risks in understandable numbers, chunking and checking", "keywords": ["in 100", "in 200", "make sense", "okay so far", "plain"]}, {"point": "Explains consent is a process: written leaflet, time to reflect, can bring his wife, can change his mind, form signed on the day", "keywords": ["leaflet", "change your mind", "ruth", "wife", "sign", "day of"]}]}$cb$::jsonb
),
(
  '319db60d-eddb-57a0-81f6-c8b899d9d103',
  $cb$TELE-01-remote-triage-cough-and-fever$cb$,
  $cb$Telephone call: cough and fever for four days$cb$,
  $cb$Respiratory$cb$,
  $cb$Suspected community-acquired pneumonia on telephone triage$cb$,
  'Clinical',
  'telephone',
  $cb$GP surgery (telephone consultation)$cb$,
  array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA']::text[],
  'core',
  $cb$You are an FY2 doctor in a GP surgery in Swansea, working through the telephone triage list at 10:40.

Mr Gareth Lloyd, 59, has asked for a call back: "cough and temperature, wants antibiotics".

His record shows hypertension (ramipril 5 mg daily). He was recorded as smoking 20 cigarettes a day in 2022. BMI 31. No known drug allergies. No chronic lung disease is recorded. He was last seen 18 months ago for a blood pressure review.

The practice has same-day face-to-face appointments from 11:30 today, and a home visit can be arranged if needed. Video consultation is not available.

Task: Telephone Mr Lloyd, assess him and agree a safe plan, including safety-netting. You cannot examine him. Your partner plays Mr Lloyd.$cb$,
  $cb$OPENING LINE: "Oh, hello, yeah, it's Gareth. Look, it's just a chest infection - I get one most winters. If you could send some antibiotics to the chemist, that'd be lovely."

HISTORY: You are Gareth Lloyd, 59, a self-employed roofer in Swansea who runs a small firm with your son-in-law. You live with your wife Carys (57, school dinner lady), who is at home with you now.
For four days you have had a cough bringing up thick green-yellow phlegm, with fevers and sweats; last night you were shivering under the duvet with your teeth chattering. Since yesterday you've had a sharp pain on the right side of your chest when you breathe in deeply or cough. This morning you had to stop halfway up the stairs to catch your breath; normally you're up and down ladders all day. You ache all over and are off your food, but you're drinking tea and water. You're passing less urine than usual and it's dark.
You've taken paracetamol and ibuprofen. You have smoked about 20 a day since you were 16, and drink three or four pints on Friday and Saturday. High blood pressure (ramipril). No allergies. No leg swelling or calf pain, no recent long journeys or operations. A COVID test yesterday was negative.

IDEAS, CONCERNS AND EXPECTATIONS: You say it's "just a chest infection" and want antibiotics today without coming in, because you have a roof to finish tomorrow and the firm can't afford you to be off. Underneath, you're frightened: your father died of lung cancer at 64, and this morning you coughed up a streak of blood. You haven't told Carys about the blood.

REVEAL ONLY IF ASKED:
- This morning there was a thin streak of blood in your phlegm, once.
- Carys has a finger oxygen monitor from COVID: this morning it read 93% with a pulse of 108. Last night the thermometer read 38.6 °C.
- If the doctor asks Carys to count your breathing for a minute, she counts 24 breaths.
- You are not confused (Carys says you're "grumpy, not muddled"). You haven't felt faint or dizzy. If asked about his colour, Carys says he is pale but his lips are not blue and his skin is not blotchy.
- Your father died of lung cancer at 64.
- No leg swelling, calf pain or recent long journeys.

HOW TO BEHAVE: Cheerful, matey and in a hurry; play it down at first. Cough now and again, and sound slightly short of breath on longer sentences, but you can speak in full sentences.
When the doctor suggests coming in, resist: "Can't you just send a prescription? I haven't got time to sit in a waiting room." If they explain clearly why they need to listen to your chest and check your breathing, oxygen and blood pressure today, and offer a specific time, agree, and say Carys can drive you.
If the doctor asks what's worrying you, hesitate, then mention the blood and your dad quietly: "I'm not daft, I know what that can mean." Respond well to honest, kind reassurance that it will be checked properly.
If asked to put Carys on, agree. Carys is worried and says he "looks pale and washed out" this morning.
If the doctor uses jargon ("CRB-65", "sats"), ask what it means.
If the doctor just agrees to send antibiotics without seeing you, say "Lovely, cheers" and ring off.$cb$,
  array[$cb$A streak of blood in his sputum once this morning$cb$, $cb$Home pulse oximeter reading 93% with pulse 108; temperature 38.6 °C last night$cb$, $cb$Wife counts his respiratory rate at 24 per minute$cb$, $cb$Not confused; no dizziness or fainting; pale but lips not blue and skin not blotchy$cb$, $cb$Father died of lung cancer aged 64$cb$, $cb$No leg swelling, calf pain or recent long journeys$cb$]::text[],
  $cb${"data_gathering": [{"point": "Confirms identity (name, date of birth), current location and call-back number, and that it is a suitable time to talk", "keywords": ["date of birth", "where are you", "address", "number", "talk"]}, {"point": "Establishes cough, sputum, fever, rigors and time course", "keywords": ["phlegm", "sputum", "colour", "temperature", "shiver", "days"]}, {"point": "Asks about breathlessness, chest pain and haemoptysis", "keywords": ["breath", "chest pain", "blood", "cough up", "sharp"]}, {"point": "Assesses CRB-65 features remotely: confusion, breathing rate (e.g. asks his wife to count), dizziness or fainting, age", "keywords": ["confus", "count", "breaths", "dizzy", "faint"]}, {"point": "Uses available home readings (pulse oximeter, thermometer)", "keywords": ["oximeter", "oxygen", "reading", "thermometer", "pulse"]}, {"point": "Screens for sepsis and dehydration: urine output, fluid intake, skin colour, drowsiness", "keywords": ["urine", "wee", "drinking", "skin", "drows"]}, {"point": "Asks relevant background: smoking, comorbidities, medicines, allergies, VTE risk", "keywords": ["smok", "medic", "allerg", "leg", "swelling"]}, {"point": "Elicits his ideas, concerns (fear of cancer) and expectations (antibiotics by phone)", "keywords": ["worr", "concern", "expect", "think", "hoping"]}], "clinical_management": [{"point": "Explains why he needs to be examined face to face today (breathing rate, blood pressure and chest examination cannot be assessed by phone)", "keywords": ["examine", "listen", "face to face", "today", "see you"]}, {"point": "Offers a specific face-to-face assessment within the hour (11:30 appointment, or a home visit), checks he has safe transport, and arranges hospital assessment instead if he worsens or high-risk signs appear", "keywords": ["appointment", "11:30", "this morning", "lift", "drive", "visit"]}, {"point": "Explains antibiotics may well be needed but will be decided after assessment", "keywords": ["antibiotic", "after", "decide", "assess", "once"]}, {"point": "Gives clear red flags that need 999 or A&E while waiting", "keywords": ["999", "a&e", "blue", "can't speak", "worse", "confus"]}, {"point": "Gives interim advice: fluids, paracetamol, rest, no working at height", "keywords": ["fluid", "paracetamol", "rest", "roof", "ladder", "work"]}, {"point": "Acknowledges the blood-streaked sputum and explains it will be assessed, likely with a chest X-ray and follow-up", "keywords": ["x-ray", "blood", "follow", "check", "weeks"]}, {"point": "Checks the plan is understood and documents the call", "keywords": ["repeat back", "understood", "note", "plan", "record"]}], "interpersonal": [{"point": "Negotiates respectfully with his reluctance to come in, acknowledging work pressures", "keywords": ["understand", "work", "busy", "difficult", "important"]}, {"point": "Responds sensitively to his fear about his father's lung cancer", "keywords": ["father", "dad", "worr", "cancer", "understand"]}, {"point": "Involves his wife appropriately, with his permission", "keywords": ["carys", "wife", "permission", "speak", "help"]}, {"point": "Uses clear, jargon-free language suited to the telephone, with signposting and summarising", "keywords": ["summar", "so far", "make sense", "questions"]}]}$cb$::jsonb
)
on conflict do nothing;
