# ourvoice: 中文 (Chinese, simplified)
# needs-review: translated by the ourvoice team without a native speaker; please have a
# Chinese speaker who works with children check every message before relying on it.

## Every page

skip-link = 跳到主要内容
help-now = 马上求助
leave-site = 离开本网站
leave-site-tip = 或者按两次 Esc 键
footer = 你的声音很重要。我们从不问你的名字。
footer-not-anonymous = 你的声音很重要。你在这个页面发送的内容只有值班团队会看。
go-to-start = 回到开始
back = 返回

## Dates

date = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## The front door

home-title = 说出你的想法
home-lead = 这些简短的问卷由受照顾的年轻人编写，给受照顾的年轻人填写。你不需要留下名字。
home-none-open = 现在没有开放的问卷。请过一段时间再来看看。
for-4-7 = 给 4 到 7 岁的孩子，有一位大人在旁边帮忙
for-8-11 = 给 8 到 11 岁的孩子
for-11-17 = 给 11 到 17 岁的青少年
for-care-leavers = 给离开照顾体系的年轻人，16 到 25 岁
for-everyone = 给所有人

## Get help now

help-danger = 如果你现在有危险，请拨打 { $emergency }。
help-talk = 找人谈谈
help-childline = { $name }：拨打 { $phone }。免费，白天晚上随时都可以打，电话账单上不会显示。
help-always-heard = { $name }（Coram Voice），为想要代言人的受照顾儿童和离开照顾的年轻人服务：拨打 { $phone }。
help-council-hours = { $name }：拨打 { $phone }（周一至周五，{ $from } 至 { $to }），找儿童服务部门。
help-out-of-hours = 其他时间，请拨打市政府下班时间的值班团队：{ $phone }。
help-no-out-of-hours = 其他时间，请打给 Childline；如果你有危险，请拨打 999。
help-childline-chat = 如果你不想说出来，可以在网上和 Childline 的辅导员聊天：{ $link }。
help-childline-chat-link = Childline 一对一聊天
help-contact = 如果你希望市政府的人联系你，{ $link }。
help-trusted-adult = 你也可以告诉老师、照顾你的人、你的社工，或者其他你信任的大人。
help-back = 要回到问卷，请用浏览器的返回按钮。你到现在为止的回答都已保存。

## A survey's first page

choose-language = 选择你的语言：
questions-in-english = 这个问卷的问题目前只有英文。按钮和帮助是你的语言。
takes-minutes =
    { $minutes ->
       *[other] 大约需要 { $minutes } 分钟。
    }
can-skip = 任何问题都可以跳过。
never-name = 我们从不问你的名字。
designed-by = 设计者：{ $names }。
carry-on = 从上次停下的地方继续
or-start-again = 或者重新开始：
your-code = 你的代码
code-hint = 代码在你的卡片上，例如 K7QX-M3PA。大小写都没关系。
start = 开始
start-again = 重新开始
helper-heading = 给帮忙的大人
helper-who = 只有在您不是这个孩子的照顾者时才请帮忙，这样孩子才能说出真实的想法。
helper-how = 请把每个问题和答案按原样大声读出来。让孩子自己选择，不要提示答案。任何问题都可以跳过。
helper-worry = 如果孩子说了令人担心的事，请认真倾听，不要承诺保密，并按照儿童保护程序处理。每页顶部的“{ help-now }”里有可以拨打的电话。
helper-ready = 我们准备好开始了
not-open = 这个问卷现在不接受回答。谢谢你愿意参加。
opens-on = 它将于 { $date } 开放。
see-changes = 看看因为年轻人说出了想法而发生了什么改变

## Codes

code-missing = 请输入你卡片上的代码
code-malformed = 这个代码看起来不对。它有 8 个字母和数字，例如 K7QX-M3PA
code-unknown = 我们找不到这个代码，或者它已经被用过了。请检查后再试一次，或者问问给你卡片的人
code-used = 有人已经用过你卡片上的代码了。你的回答是安全的：请输入另一个代码来发送

## One question

# Between the answers to a question that takes several.
list-separator = { "、" }
question-of = 第 { $number } 题，共 { $total } 题
cheer-half = 已经完成一半了，谢谢！
cheer-last = 最后一个问题！
listen = 听一听问题和答案
paper-how = 每个问题勾一个方框，或按问题说的勾选多个。任何问题都可以跳过。不要写你的名字，也不要写别人的名字。
paper-only-if = 只有当你对第{ $number }题的回答是{ $answers }时，才回答这一题。
paper-give-back = 写完后，把这张纸折起来，交还给发给你的大人。没有人会知道哪一张是你的。
continue = 继续
skip-question = 跳过这个问题
write-up-to =
    { $max ->
       *[other] 你最多可以写 { $max } 个字。
    }
scale-1 = 非常不好
scale-2 = 不好
scale-3 = 还可以
scale-4 = 好
scale-5 = 非常好
answer-yes = 是
answer-no = 不是
answer-not-sure = 不确定
answer-one-text = 请把你的回答写在框里。
answer-too-long = 你的回答有 { $length } 个字。请不要超过 { $max } 个字。
answer-just-one = 请只选一个答案。
answer-not-offered = 请从显示的答案中选一个。

## Problems with what was sent

error-summary = 有一个问题
error-prefix = 错误：

## Check your answers

check-title = 检查你的回答
check-lead = 发送之前，你可以修改任何回答。
skipped = 已跳过
change = 修改
change-which = 你对这个问题的回答：{ $question }
another-code = 另一个代码
send-answers = 发送我的回答
nothing-answered = 你还没有回答任何问题。发送前请至少回答一个问题；如果不想回答，也可以离开。
kiosk-send-lead = 问题就这些了。准备好了就发送你的回答。
kiosk-next = 下一位
kiosk-ended = 这里的问卷已经停止接受回答。请告诉负责的人。

## Thank you

thanks-title = 谢谢你
thanks-help-heading = 谢谢你告诉我们
thanks-help-lead = 从你的一些回答看，你现在可能过得很不容易。你不必一个人面对。
thanks-danger = 如果你现在有危险，请拨打 { $emergency }。
thanks-help-contact = 你的回答上没有你的名字，所以我们无法通过回答找到你。如果你希望有人联系你，{ $link }。
contact-link = 告诉我们怎么联系你
thanks-sent = 你的回答已经发送
thanks-help-sent = 答案上没有你的名字，所以没人知道哪些答案是你的。
thanks-thank-you = 谢谢你。
thanks-default = 谢谢你告诉我们你的想法。这真的很重要。
thanks-next = 接下来会怎样
thanks-next-read = 承诺大使和参与团队会阅读每个人说的话。没有人能知道哪些回答是你的。
thanks-next-publish = 然后我们会发布“你们说了，我们做了”：年轻人告诉了我们什么，以及因此正在发生的改变。
thanks-read-reports = 阅读“你们说了，我们做了”
thanks-talk-heading = 你希望有人和你谈谈吗？
thanks-talk = 你的回答是匿名的。如果你希望市政府有人联系你，{ $link }。

## How things are changing (every priority over time)

dashboard-title = 情况怎样在变化
dashboard-lead = 每次问卷中年轻人告诉我们的话，让你看到情况是不是在变好。
dashboard-none = 这里还没有可以显示的结果。
trend-caption = 随时间变化：{ $question }
trend-survey = 问卷
trend-answered = 回答人数
trend-well-scale = 回答 4 或 5
trend-well-yes = 回答“是”
trend-change = 变化
trend-too-few = 太少
trend-points =
    { $count ->
       *[other] { $change } 个百分点
    }

## When something goes wrong

error-not-found-title = 我们找不到这个页面
error-not-found = 链接可能有误，或者问卷可能已经移走了。请检查你卡片上的链接，或者问问给你卡片的人。
error-forbidden-title = 你不能在这里这样做
error-forbidden = 你的账户不允许这样做，或者表格太旧了。请返回，刷新页面后再试一次。
error-wait-title = 请稍等一下
error-wait = 这里尝试的次数太多了。请等 15 分钟后再试，或者请给你卡片的人帮忙。
error-broken-title = 对不起，出了点问题
error-broken = 这是我们的错，不是你的错。请过几分钟再试。
error-too-long-title = 内容太多了
error-too-long = 发送的内容太长，我们收不下。请返回，把回答写短一些，再试一次。
error-too-slow-title = 时间太长了
error-too-slow = 你的回答很久都没有送到，所以没有保存任何内容。请检查网络，返回后再试一次。
error-unreadable-title = 我们读不了这个
error-unreadable = 发送的内容里有一个我们无法使用的字符。请返回，检查写了什么，再试一次。

## Ask someone to contact you

contact-title = 请人联系你
contact-not-anonymous = 这不是匿名的。
contact-not-anonymous-more = 你在这里写的内容会发给市政府的值班团队，让他们可以联系你。它和你的问卷回答分开保存，没有人能把两者对应起来。
contact-within = 市政府值班团队的人会在 { $days } 个工作日内联系你。
contact-safe = 用什么方式联系你是安全的？
contact-safe-hint = 勾选所有对你安全的方式。我们只会用你勾选的方式。
contact-safe-call = 打电话
contact-safe-text = 发短信
contact-safe-email = 发电子邮件
contact-safe-in-person = 当面见面
contact-when = 什么时候方便又安全？（可以不填）
contact-when-hint = 比如：放学后、周末、晚上8点以后不要。
contact-name = 我们怎么称呼你？
contact-how = 我们怎么联系你？
contact-how-hint = 我们可以使用的电话号码或电子邮件。
contact-message = 还有什么想让我们知道的吗？（可以不填）
contact-send = 发送
contact-childline = 如果你现在需要帮助，请拨打 Childline 的电话 { $phone }；如果你有危险，请拨打 999。
contact-error-name = 告诉我们怎么称呼你。可以是昵称
contact-error-how = 告诉我们怎么联系你
contact-error-safe = 请至少勾选一种安全的联系方式
contact-error-too-long = 请不要超过 { $max } 个字（现在是 { $length } 个）
contact-sent-title = 我们收到了你的消息
contact-sent-lead = 市政府值班团队的人会在 { $days } 个工作日内联系你，而且只用你说安全的方式。
contact-sent-already = 你在过去一小时里已经给我们发了几条消息，它们都已经送到值班团队。你不需要再发了。

## You said, we did

reports-title = 你们说了，我们做了
reports-lead = 当年轻人告诉我们什么重要时，我们会回复：你们说了什么，以及因此发生了什么改变。
reports-none = 还没有发布任何报告。第一份报告会在目前的问卷结束后出现在这里。
all-reports = 所有报告
published-on = 发布于 { $date }
you-said = 你们说：
we-did = 我们做了：
we-will = 我们会：
we-are-doing = 我们正在做：
we-could-not = 我们没能做到：
by-date = 在 { $date } 之前
why-not = 原因：
report-answers = 这份报告回应的是：{ $surveys }。
written-in-english = 这份报告里人们写的内容是英文的。标题和数字是你的语言。
status-planned = 我们会做这件事
status-in-progress = 我们正在做这件事
status-done = 已完成
status-not-possible = 我们没能做到
priority-home = 家
priority-education = 学校和学习
priority-health = 健康和感觉良好
priority-relationships = 重要的人
priority-independence = 为将来做准备
figure-said = 我们问“{ $question }”时，每 10 个人中有 { $count } 个回答了 { $answer }
figure-either = “{ $good }”或“{ $best }”
figure-yes = “{ $answer }”

# Printed code cards
card-have-your-say = 说出你的想法。扫描二维码或访问：
card-your-code = 你的代码：
card-works-once = 每个代码只能用一次。我们从不问你的名字。
card-no-name = 我们从不问你的名字。
