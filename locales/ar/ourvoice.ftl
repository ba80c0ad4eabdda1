# ourvoice: العربية (Arabic), shown right to left
# needs-review: translated by the ourvoice team without a native speaker; please have an Arabic
# speaker who works with children check every message before relying on it.

## Every page

skip-link = انتقل إلى المحتوى الرئيسي
help-now = احصل على المساعدة الآن
leave-site = غادر هذا الموقع
leave-site-tip = أو اضغط على Esc مرتين
footer = صوتك مهم. نحن لا نسأل أبدًا عن اسمك.
footer-not-anonymous = صوتك مهم. فريق المناوبة وحده يقرأ ما ترسله في هذه الصفحة.
go-to-start = اذهب إلى البداية
back = رجوع

## Dates

date = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## The front door

home-title = قل رأيك
home-lead = استبيانات قصيرة كتبها شباب في الرعاية، لشباب في الرعاية. لا يجب عليك أن تذكر اسمك.
home-none-open = لا توجد استبيانات مفتوحة الآن. من فضلك عد قريبًا.
for-4-7 = للأطفال من 4 إلى 7 سنوات، مع شخص كبير يساعد
for-8-11 = للأطفال من 8 إلى 11 سنة
for-11-17 = للشباب من 11 إلى 17 سنة
for-care-leavers = للشباب الذين يغادرون الرعاية، من 16 إلى 25 سنة
for-everyone = للجميع

## Get help now

help-danger = إذا كنت في خطر الآن، اتصل بالرقم { $emergency }.
help-talk = تحدّث مع شخص ما
help-childline = { $name }: اتصل بالرقم { $phone }. مجانًا، في أي وقت، ليلًا أو نهارًا، ولن يظهر في فاتورة الهاتف.
help-always-heard = { $name } (Coram Voice)، للأطفال في الرعاية والشباب الذين غادروا الرعاية ويريدون من يدافع عنهم: اتصل بالرقم { $phone }.
help-council-hours = { $name }: اتصل بالرقم { $phone } (من الاثنين إلى الجمعة، من { $from } إلى { $to }) واطلب خدمات الأطفال.
help-out-of-hours = في الأوقات الأخرى، اتصل بفريق المجلس خارج ساعات العمل على الرقم { $phone }.
help-no-out-of-hours = في الأوقات الأخرى، اتصل بـ Childline، أو بالرقم 999 إذا كنت في خطر.
help-childline-chat = إذا كنت تفضّل ألّا تتكلم بصوت عالٍ، يمكنك الدردشة مع مستشار من Childline عبر الإنترنت: { $link }.
help-childline-chat-link = دردشة Childline الفردية
help-contact = إذا أردت أن يتواصل معك أحد من المجلس، { $link }.
help-trusted-adult = يمكنك أيضًا أن تخبر معلمًا أو مقدّم رعاية أو الأخصائي الاجتماعي الخاص بك أو شخصًا بالغًا آخر تثق به.
help-back = للعودة إلى الاستبيان، استخدم زر الرجوع في المتصفح. إجاباتك حتى الآن محفوظة.

## A survey's first page

choose-language = اختر لغتك:
questions-in-english = أسئلة هذا الاستبيان باللغة الإنجليزية فقط حاليًا. الأزرار والمساعدة بلغتك.
takes-minutes =
    { $minutes ->
        [zero] يستغرق أقل من دقيقة.
        [one] يستغرق حوالي دقيقة واحدة.
        [two] يستغرق حوالي دقيقتين.
        [few] يستغرق حوالي { $minutes } دقائق.
        [many] يستغرق حوالي { $minutes } دقيقة.
       *[other] يستغرق حوالي { $minutes } دقيقة.
    }
can-skip = يمكنك تخطي أي سؤال.
never-name = نحن لا نسأل أبدًا عن اسمك.
designed-by = صمّمه: { $names }.
carry-on = أكمل من حيث توقفت
or-start-again = أو ابدأ من جديد:
your-code = رمزك
code-hint = إنه على بطاقتك، مثل K7QX-M3PA. لا يهم إن كانت الحروف كبيرة أو صغيرة.
start = ابدأ
start-again = ابدأ من جديد
helper-heading = للشخص الكبير الذي يساعد
helper-who = نرجو المساعدة فقط إذا لم يكن المساعد هو من يرعى هذا الطفل، حتى يستطيع الطفل أن يقول ما يفكر فيه حقًا.
helper-how = نرجو قراءة كل سؤال وإجاباته بصوت عالٍ كما هي مكتوبة تمامًا. الطفل هو من يختار، ودون اقتراح أي إجابة. تخطي السؤال مسموح دائمًا.
helper-worry = إذا قال الطفل شيئًا مقلقًا، نرجو الاستماع وعدم الوعد بالاحتفاظ بالسر واتباع إجراءات حماية الطفل. في أعلى كل صفحة زر «{ help-now }» وفيه أرقام للاتصال.
helper-ready = نحن مستعدون للبدء
not-open = هذا الاستبيان لا يستقبل إجابات الآن. شكرًا لرغبتك في المشاركة.
opens-on = يفتح في { $date }.
see-changes = شاهد ما تغيّر لأن الشباب تكلموا

## Codes

code-missing = اكتب الرمز الموجود على بطاقتك
code-malformed = هذا الرمز لا يبدو صحيحًا. فيه 8 حروف وأرقام، مثل K7QX-M3PA
code-unknown = لم نجد هذا الرمز، أو أنه استُخدم من قبل. تحقق منه وحاول مرة أخرى، أو اسأل الشخص الذي أعطاك البطاقة
code-used = شخص ما استخدم الرمز الموجود على بطاقتك من قبل. إجاباتك في أمان: اكتب رمزًا آخر لإرسالها

## One question

# Between the answers to a question that takes several.
list-separator = { "، " }
question-of = السؤال { $number } من { $total }
cheer-half = وصلنا إلى المنتصف. شكرًا جزيلًا!
cheer-last = هذا هو السؤال الأخير!
listen = الاستماع إلى السؤال وإجاباته
paper-how = ضع علامة في مربع واحد لكل سؤال، أو في عدد المربعات الذي يذكره السؤال. يمكن تخطي أي سؤال. لا داعي لكتابة اسمك أو اسم أي شخص آخر.
paper-only-if = أجب عن هذا فقط إذا كانت إجابتك عن السؤال { $number } هي { $answers }.
paper-give-back = عند الانتهاء، اطوِ هذه الورقة وأعدها إلى الشخص الكبير الذي أعطاك إياها. لن يعرف أحد أي ورقة هي ورقتك.
continue = متابعة
skip-question = تخطَّ هذا السؤال
write-up-to =
    { $max ->
        [one] يمكنك كتابة حرف واحد فقط.
        [two] يمكنك كتابة حرفين فقط.
        [few] يمكنك كتابة ما يصل إلى { $max } أحرف.
       *[other] يمكنك كتابة ما يصل إلى { $max } حرفًا.
    }
scale-1 = سيئ جدًا
scale-2 = سيئ
scale-3 = مقبول
scale-4 = جيد
scale-5 = جيد جدًا
answer-yes = نعم
answer-no = لا
answer-not-sure = لا أدري
answer-one-text = من فضلك اكتب إجابتك في المربع.
answer-too-long = طول إجابتك { $length } حرفًا. من فضلك اجعلها { $max } حرفًا أو أقل.
answer-just-one = من فضلك اختر إجابة واحدة فقط.
answer-not-offered = من فضلك اختر إحدى الإجابات المعروضة.

## Problems with what was sent

error-summary = هناك مشكلة
error-prefix = خطأ:

## Check your answers

check-title = راجع إجاباتك
check-lead = يمكنك تغيير أي إجابة قبل إرسالها.
skipped = تم تخطيه
change = تغيير
change-which = إجابتك عن: { $question }
another-code = رمز آخر
send-answers = أرسل إجاباتي
nothing-answered = لم تُجب عن أي سؤال بعد. أجب عن سؤال واحد على الأقل قبل الإرسال، أو غادر إن كنت لا ترغب في ذلك.
kiosk-send-lead = هذه كل الأسئلة. يمكن إرسال الإجابات عند الاستعداد.
kiosk-next = الشخص التالي
kiosk-ended = توقف هذا الاستبيان عن استقبال الإجابات هنا. يُرجى إخبار الشخص المسؤول.

## Thank you

thanks-title = شكرًا لك
thanks-help-heading = شكرًا لأنك أخبرتنا
thanks-help-lead = بعض إجاباتك توحي بأن الأمور قد تكون صعبة عليك الآن. لست مضطرًا لمواجهة ذلك وحدك.
thanks-danger = إذا كنت في خطر الآن، اتصل بالرقم { $emergency }.
thanks-help-contact = إجاباتك لا تحمل اسمك، لذلك لا يمكننا أن نجدك منها. إذا أردت أن يتواصل معك أحد، { $link }.
contact-link = أخبرنا كيف نصل إليك
thanks-sent = تم إرسال إجاباتك
thanks-help-sent = إجاباتك لا تحمل اسمك، لذلك لا يستطيع أحد أن يعرف أي إجابات هي إجاباتك.
thanks-thank-you = شكرًا لك.
thanks-default = شكرًا لأنك أخبرتنا برأيك. هذا مهم حقًا.
thanks-next = ماذا سيحدث بعد ذلك
thanks-next-read = سفراء الوعد وفريق المشاركة يقرؤون ما يقوله الجميع. لا أحد يستطيع أن يعرف أي الإجابات هي إجاباتك.
thanks-next-publish = ثم ننشر «قلتم، فعلنا»: ما أخبرنا به الشباب، وما الذي يتغير بسببه.
thanks-read-reports = اقرأ «قلتم، فعلنا»
thanks-talk-heading = هل تريد أن يتحدث معك أحد؟
thanks-talk = إجاباتك مجهولة الهوية. إذا أردت أن يتواصل معك أحد من المجلس، { $link }.

## How things are changing (every priority over time)

dashboard-title = كيف تتغير الأمور
dashboard-lead = ما أخبرنا به الشباب في كل استبيان، حتى ترى إن كانت الأمور تتحسن.
dashboard-none = لا توجد نتائج لعرضها هنا بعد.
trend-caption = مع مرور الوقت: { $question }
trend-survey = الاستبيان
trend-answered = عدد الإجابات
trend-well-scale = أجابوا 4 أو 5
trend-well-yes = أجابوا بنعم
trend-change = التغيّر
trend-too-few = قليل جدًا
trend-points =
    { $count ->
        [one] { $change } نقطة
        [two] { $change } نقطتان
        [few] { $change } نقاط
       *[other] { $change } نقطة
    }

## When something goes wrong

error-not-found-title = لا نستطيع إيجاد هذه الصفحة
error-not-found = قد يكون الرابط خاطئًا، أو ربما نُقل الاستبيان. تحقق من الرابط على بطاقتك، أو اسأل الشخص الذي أعطاك إياها.
error-forbidden-title = لا يمكنك فعل ذلك هنا
error-forbidden = حسابك لا يسمح بهذا، أو أن النموذج قديم جدًا. ارجع، وأعد تحميل الصفحة، وحاول مرة أخرى.
error-wait-title = من فضلك انتظر قليلًا
error-wait = كانت هناك محاولات كثيرة من هنا. من فضلك انتظر 15 دقيقة وحاول مرة أخرى، أو اطلب المساعدة من الشخص الذي أعطاك بطاقتك.
error-broken-title = عذرًا، حدث خطأ ما
error-broken = هذا خطؤنا، وليس خطأك. من فضلك حاول مرة أخرى بعد بضع دقائق.
error-too-long-title = هذا أكثر مما يمكن إرساله
error-too-long = ما أُرسل أطول مما نستطيع استقباله. من فضلك ارجع واجعل الإجابة أقصر ثم حاول مرة أخرى.
error-too-slow-title = استغرق ذلك وقتًا طويلًا
error-too-slow = تأخرت الإجابات في الوصول، لذلك لم يُحفظ شيء. من فضلك تحقق من الاتصال ثم ارجع وحاول مرة أخرى.
error-unreadable-title = لم نستطع قراءة ذلك
error-unreadable = فيما أُرسل رمز لا يمكننا استخدامه. من فضلك ارجع وتحقق مما كُتب ثم حاول مرة أخرى.

## Ask someone to contact you

contact-title = اطلب أن يتواصل معك أحد
contact-not-anonymous = هذا ليس مجهول الهوية.
contact-not-anonymous-more = ما تكتبه هنا يذهب إلى فريق المناوبة في المجلس حتى يتمكنوا من التواصل معك. يُحفظ منفصلًا عن إجاباتك في الاستبيان، ولا يستطيع أحد الربط بينهما.
contact-within =
    { $days ->
        [one] سيتواصل معك شخص من فريق المناوبة في المجلس خلال يوم عمل واحد.
        [two] سيتواصل معك شخص من فريق المناوبة في المجلس خلال يومَي عمل.
        [few] سيتواصل معك شخص من فريق المناوبة في المجلس خلال { $days } أيام عمل.
       *[other] سيتواصل معك شخص من فريق المناوبة في المجلس خلال { $days } يوم عمل.
    }
contact-safe = ما الطريقة الآمنة لنتواصل معك؟
contact-safe-hint = ضع علامة على كل طريقة آمنة لك. سنستخدم فقط الطرق التي تختارها.
contact-safe-call = الاتصال بك
contact-safe-text = إرسال رسالة نصية
contact-safe-email = إرسال بريد إلكتروني
contact-safe-in-person = مقابلتك شخصيًا
contact-when = ما الوقت المناسب والآمن؟ (يمكنك ترك هذا فارغًا)
contact-when-hint = مثلًا: بعد المدرسة، في عطلة نهاية الأسبوع، ليس بعد الساعة 8 مساءً.
contact-name = بماذا نناديك؟
contact-how = كيف يمكننا الوصول إليك؟
contact-how-hint = رقم هاتف أو بريد إلكتروني يمكننا استخدامه.
contact-message = هل هناك شيء تريد أن نعرفه؟ (يمكنك ترك هذا فارغًا)
contact-send = إرسال
contact-childline = إذا كنت تحتاج إلى مساعدة الآن، اتصل بـ Childline على الرقم { $phone }، أو بالرقم 999 إذا كنت في خطر.
contact-error-name = أخبرنا بماذا نناديك. يمكن أن يكون لقبًا
contact-error-how = أخبرنا كيف يمكننا الوصول إليك
contact-error-safe = اختر طريقة واحدة على الأقل آمنة لنتواصل معك
contact-error-too-long = من فضلك اجعل هذا { $max } حرفًا أو أقل (طوله الآن { $length })
contact-sent-title = وصلتنا رسالتك
contact-sent-lead =
    { $days ->
        [one] سيتواصل معك شخص من فريق المناوبة في المجلس خلال يوم عمل واحد، فقط بالطرق التي قلت إنها آمنة.
        [two] سيتواصل معك شخص من فريق المناوبة في المجلس خلال يومَي عمل، فقط بالطرق التي قلت إنها آمنة.
        [few] سيتواصل معك شخص من فريق المناوبة في المجلس خلال { $days } أيام عمل، فقط بالطرق التي قلت إنها آمنة.
       *[other] سيتواصل معك شخص من فريق المناوبة في المجلس خلال { $days } يوم عمل، فقط بالطرق التي قلت إنها آمنة.
    }
contact-sent-already = لقد أرسلت لنا بضع رسائل في الساعة الأخيرة، وقد وصلت كلها إلى فريق المناوبة. لا تحتاج إلى إرسال رسالة أخرى.

## You said, we did

reports-title = قلتم، فعلنا
reports-lead = عندما يخبرنا الشباب بما يهمهم، نرد عليهم: ماذا قلتم، وما الذي تغيّر بسببه.
reports-none = لم يُنشر أي تقرير بعد. سيظهر أول تقرير هنا بعد إغلاق الاستبيانات الحالية.
all-reports = كل التقارير
published-on = نُشر في { $date }
you-said = قلتم:
we-did = فعلنا:
we-will = سنفعل:
we-are-doing = نقوم الآن بـ:
we-could-not = لم نستطع:
by-date = بحلول { $date }
why-not = السبب:
report-answers = هذا التقرير يرد على: { $surveys }.
written-in-english = ما كتبه الناس في هذا التقرير باللغة الإنجليزية. العناوين والأرقام بلغتك.
status-planned = سنفعل هذا
status-in-progress = نفعل هذا الآن
status-done = تم
status-not-possible = لم نستطع فعل هذا
priority-home = البيت
priority-education = المدرسة والتعلّم
priority-health = الصحة والشعور بالراحة
priority-relationships = الأشخاص المهمّون
priority-independence = الاستعداد للمستقبل
figure-said = { $count } من كل 10 منكم قالوا { $answer } عندما سألنا: { $question }
figure-either = «{ $good }» أو «{ $best }»
figure-yes = «{ $answer }»

# Printed code cards
card-have-your-say = قل رأيك. امسح الرمز أو اذهب إلى:
card-your-code = رمزك:
card-works-once = كل رمز يعمل مرة واحدة. لا نسألك عن اسمك أبدًا.
card-no-name = لا نسألك عن اسمك أبدًا.
