//! `kinerja status QUERY`: who is this ASN and where do they stand.

use clap::Args;
use serde::Serialize;

use super::Failure;
use super::open::Env;
use crate::domain::evaluation::{AssessmentSummary, evaluation_status};
use crate::domain::rating::Predicate;
use crate::domain::staff::{EmploymentStatus, Staff};
use crate::i18n::{t, tf};
use crate::store::actual::Progress;
use crate::store::staff::StaffBrief;
use crate::store::{OpenOptions, Store};

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// A NIP (spaces allowed), the start of a NIP, or words of a name.
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// One person as `status` reports them.
#[derive(Debug, Serialize)]
pub struct PersonStatus {
    pub nip: String,
    pub name: String,
    pub kind: String,
    pub rank: Option<String>,
    pub pangkat: Option<String>,
    pub position: String,
    pub position_kind: String,
    pub unit: String,
    pub unit_path: Vec<String>,
    pub supervisor: Option<StaffBrief>,
    pub status: String,
    pub inactive_reason: Option<String>,
    pub inactive_since: Option<String>,
    /// The SKP of this year: filled and total indicators per quarter, or
    /// None when there is no plan.
    pub plan: Option<PlanStatus>,
}

#[derive(Debug, Serialize)]
pub struct PlanStatus {
    pub year: i32,
    pub quarters: [Progress; 4],
    /// Per quarter: the evaluation status and the predikat when assessed.
    pub evaluation: Vec<QuarterEvaluation>,
    #[serde(skip)]
    assessments: [Option<AssessmentSummary>; 4],
}

#[derive(Debug, Serialize)]
pub struct QuarterEvaluation {
    pub quarter: u8,
    pub status: &'static str,
    pub predicate: Option<&'static str>,
}

fn person(store: &Store, s: &Staff, year: i32) -> Result<PersonStatus, Failure> {
    let unit_path = store.unit_path_names(s.fields.unit_id)?;
    let supervisor = match s.fields.supervisor_id {
        Some(id) => Some(store.staff_brief(id)?),
        None => None,
    };
    let (status, reason, since) = match &s.status {
        EmploymentStatus::Active => ("active", None, None),
        EmploymentStatus::Inactive { reason, since, .. } => (
            "inactive",
            Some(reason.code().to_string()),
            Some(since.to_string()),
        ),
    };
    Ok(PersonStatus {
        nip: s.fields.nip.to_string(),
        name: s.display_name(),
        kind: s.fields.kind.code().to_string(),
        rank: s.fields.rank.map(|r| r.code()),
        pangkat: s.fields.rank.and_then(|r| r.pangkat()).map(str::to_string),
        position: s.fields.position_name.clone(),
        position_kind: s.fields.position_kind.code().to_string(),
        unit: unit_path.last().cloned().unwrap_or_default(),
        unit_path,
        supervisor,
        status: status.to_string(),
        inactive_reason: reason,
        inactive_since: since,
        plan: match store.plan_progress(s.id, year)? {
            Some(quarters) => {
                let assessments = store.quarter_assessments(s.id, year)?;
                let evaluation = (0..4)
                    .map(|i| QuarterEvaluation {
                        quarter: i as u8 + 1,
                        status: evaluation_status(
                            true,
                            quarters[i].filled,
                            quarters[i].total,
                            assessments[i].map(|a| a.0),
                        )
                        .code(),
                        predicate: assessments[i].and_then(|a| a.1).map(Predicate::code),
                    })
                    .collect();
                Some(PlanStatus {
                    year,
                    quarters,
                    evaluation,
                    assessments,
                })
            }
            None => None,
        },
    })
}

/// One line of text for a person (sanitised: no control characters).
fn line(p: &PersonStatus, s: &Staff, year: i32) -> String {
    let rank = match (&p.rank, &p.pangkat) {
        (Some(r), Some(pk)) => format!("{r} {pk}"),
        (Some(r), None) => r.clone(),
        _ => t("common.none"),
    };
    let plan = match &p.plan {
        Some(plan) => {
            let q = Progress::quarters_label(&plan.quarters, " ", &plan.assessments);
            tf("tui.plan_line", &[("year", &plan.year), ("quarters", &q)])
        }
        None => tf("tui.no_plan", &[("year", &year)]),
    };
    let sup = p
        .supervisor
        .as_ref()
        .map(|b| format!("{} ({})", b.name, b.nip))
        .unwrap_or_else(|| t("common.none"));
    let text = format!(
        "{} · {} · {} {} · {} · {} · {}: {} · {} · {}",
        p.nip,
        p.name,
        p.kind,
        rank,
        p.position,
        p.unit,
        t("field.supervisor"),
        sup,
        s.status.label(),
        plan
    );
    crate::domain::text::sanitize(&text).into_owned()
}

pub fn run(env: &Env, args: StatusArgs) -> Result<i32, Failure> {
    let query = args.query.join(" ");
    let opts = OpenOptions {
        read_only: true,
        create: false,
        ..env.open_options()
    };
    let store = env.open(&opts)?;
    let year = chrono::Datelike::year(&store.today());
    const SHOWN: u64 = 20;
    let found = store.lookup(&query, SHOWN)?;
    let people = found
        .ids
        .iter()
        .map(|id| {
            let s = store.get_staff(*id)?;
            Ok((person(&store, &s, year)?, s))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let code = match found.total {
        0 => 1,
        1 => 0,
        _ => 2,
    };
    if args.json {
        let out = match code {
            0 => serde_json::json!({"result": "found", "person": people[0].0}),
            1 => serde_json::json!({"result": "not_found", "query": query}),
            _ => serde_json::json!({
                "result": "ambiguous",
                "total": found.total,
                "candidates": people.iter().map(|p| &p.0).collect::<Vec<_>>(),
            }),
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("serialisable")
        );
        return Ok(code);
    }
    match code {
        0 => println!("{}", line(&people[0].0, &people[0].1, year)),
        1 => eprintln!("{}", tf("cli.status_none", &[("query", &query)])),
        _ => {
            eprintln!("{}", tf("cli.status_ambiguous", &[("n", &found.total)]));
            for (p, s) in &people {
                println!("{}", line(p, s, year));
            }
            if found.total > SHOWN {
                eprintln!(
                    "{}",
                    tf("cli.status_more", &[("n", &(found.total - SHOWN))])
                );
            }
        }
    }
    Ok(code)
}
