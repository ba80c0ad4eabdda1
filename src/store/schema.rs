//! The tables, as diesel sees them. Kept by hand to match both `migrations/` folders.

diesel::table! {
    surveys (id) {
        id -> Text,
        slug -> Text,
        title -> Text,
        summary -> Nullable<Text>,
        report_threshold -> Integer,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        code_salt -> Nullable<Text>,
        document -> Text,
    }
}

diesel::table! {
    questions (survey_id, id) {
        survey_id -> Text,
        id -> Text,
        position -> Integer,
        kind -> Text,
        about_you -> Integer,
    }
}

diesel::table! {
    responses (id) {
        id -> Text,
        survey_id -> Text,
        language -> Text,
        week -> Date,
        counted -> Integer,
    }
}

diesel::table! {
    answers (response_id, question_id, value) {
        response_id -> Text,
        question_id -> Text,
        value -> Text,
        priority -> Nullable<Text>,
        themes -> Nullable<Text>,
    }
}

diesel::table! {
    concerns (response_id, question_id) {
        response_id -> Text,
        question_id -> Text,
        seen -> Integer,
        note -> Nullable<Text>,
        seen_by -> Nullable<Text>,
        seen_at -> Nullable<Timestamp>,
        reason -> Nullable<Text>,
        notified -> Integer,
    }
}

diesel::table! {
    contact_requests (id) {
        id -> Text,
        name -> Text,
        contact -> Text,
        message -> Nullable<Text>,
        concern -> Integer,
        received_on -> Date,
        sent -> Integer,
        attempts -> Integer,
        last_error -> Nullable<Text>,
        safe_ways -> Nullable<Text>,
        good_time -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
        handled_on -> Nullable<Date>,
    }
}

diesel::table! {
    emails (id) {
        id -> Text,
        to_address -> Text,
        subject -> Text,
        text_body -> Text,
        html_body -> Nullable<Text>,
        dedupe -> Nullable<Text>,
        queued_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        attempts -> Integer,
        last_error -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
    }
}

diesel::joinable!(questions -> surveys (survey_id));
diesel::joinable!(responses -> surveys (survey_id));
diesel::joinable!(answers -> responses (response_id));
diesel::allow_tables_to_appear_in_same_query!(
    surveys,
    codes,
    concerns,
    contact_requests,
    drafts,
    questions,
    responses,
    answers,
);

diesel::table! {
    codes (hash) {
        hash -> Text,
        survey_id -> Text,
        used -> Integer,
    }
}

diesel::table! {
    drafts (id) {
        id -> Text,
        survey_id -> Text,
        language -> Text,
        answers -> Text,
        code_hash -> Nullable<Text>,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        created_at -> Timestamp,
        contact_emails -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Nullable<Text>,
        name -> Text,
        role -> Text,
        organisation_id -> Nullable<Text>,
        created_at -> Timestamp,
        disabled -> Integer,
    }
}

diesel::table! {
    sign_in_tokens (hash) {
        hash -> Text,
        user_id -> Text,
        expires_at -> Timestamp,
        used -> Integer,
    }
}

diesel::table! {
    sessions (hash) {
        hash -> Text,
        user_id -> Text,
        csrf -> Text,
        created_at -> Timestamp,
        last_seen -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        user_id -> Nullable<Text>,
        action -> Text,
        detail -> Text,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(sign_in_tokens -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(users, sessions, sign_in_tokens, audit_log, organisations);

diesel::table! {
    survey_comments (id) {
        id -> Text,
        survey_id -> Text,
        question_id -> Nullable<Text>,
        user_id -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(survey_comments -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(survey_comments, users);

diesel::table! {
    designs (slug) {
        slug -> Text,
        source -> Text,
        updated_by -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}
diesel::allow_tables_to_appear_in_same_query!(designs, surveys);

diesel::table! {
    answer_counts (survey_id, by_question, by_value, question_id, value) {
        survey_id -> Text,
        by_question -> Text,
        by_value -> Text,
        question_id -> Text,
        value -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    theme_counts (survey_id, priority, theme) {
        survey_id -> Text,
        priority -> Text,
        theme -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    api_tokens (hash) {
        hash -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    quotes (response_id, question_id) {
        response_id -> Text,
        question_id -> Text,
        approved_by -> Text,
        approved_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(quotes, answers);
diesel::allow_tables_to_appear_in_same_query!(quotes, responses);
diesel::allow_tables_to_appear_in_same_query!(quotes, users);
diesel::allow_tables_to_appear_in_same_query!(users, answers);
diesel::allow_tables_to_appear_in_same_query!(users, responses);
diesel::allow_tables_to_appear_in_same_query!(users, concerns);
diesel::allow_tables_to_appear_in_same_query!(users, surveys);
diesel::allow_tables_to_appear_in_same_query!(users, questions);
diesel::joinable!(quotes -> users (approved_by));

diesel::table! {
    reports (id) {
        id -> Text,
        title -> Text,
        intro -> Text,
        status -> Text,
        created_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    report_surveys (report_id, survey_id) {
        report_id -> Text,
        survey_id -> Text,
    }
}

diesel::table! {
    statements (id) {
        id -> Text,
        report_id -> Text,
        position -> Integer,
        priority -> Text,
        you_said -> Text,
        evidence -> Text,
        action -> Text,
        organisation_id -> Nullable<Text>,
        due -> Nullable<Date>,
        status -> Text,
        reason -> Nullable<Text>,
    }
}

diesel::table! {
    report_changes (id) {
        id -> Text,
        report_id -> Text,
        user_id -> Nullable<Text>,
        at -> Timestamp,
        what -> Text,
    }
}

diesel::joinable!(report_changes -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(reports, report_surveys, statements, report_changes);
diesel::allow_tables_to_appear_in_same_query!(report_surveys, surveys);
diesel::allow_tables_to_appear_in_same_query!(reports, surveys);
diesel::allow_tables_to_appear_in_same_query!(report_changes, users);
diesel::allow_tables_to_appear_in_same_query!(statements, organisations);

diesel::table! {
    frozen_results (survey_id) {
        survey_id -> Text,
        totals -> Text,
        frozen_at -> Timestamp,
    }
}

diesel::table! {
    settings (name) {
        name -> Text,
        value -> Text,
    }
}

diesel::table! {
    speech (key) {
        key -> Text,
        audio -> Binary,
    }
}

diesel::table! {
    paper_batches (id) {
        id -> Text,
        survey_id -> Text,
        language -> Text,
        copies -> Integer,
        made_at -> Timestamp,
        made_by -> Nullable<Text>,
    }
}

diesel::table! {
    paper_sheets (batch_id, sheet) {
        batch_id -> Text,
        sheet -> Integer,
        status -> Text,
        first_by -> Nullable<Text>,
        first_at -> Nullable<Timestamp>,
        first_answers -> Nullable<Text>,
        second_by -> Nullable<Text>,
        second_answers -> Nullable<Text>,
    }
}

diesel::table! {
    kiosks (id) {
        id -> Text,
        survey_id -> Text,
        token_hash -> Text,
        made_by -> Nullable<Text>,
        made_at -> Timestamp,
        expires_at -> Timestamp,
        response_limit -> Integer,
    }
}

diesel::table! {
    receipts (id) {
        id -> Text,
        kiosk_id -> Nullable<Text>,
    }
}

diesel::allow_tables_to_appear_in_same_query!(paper_batches, paper_sheets, surveys);
