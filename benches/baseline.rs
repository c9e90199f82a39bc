//! Baselines for `bench/run.sh`: the cost of argon2id itself, with the
//! parameters crmctl uses, measured in-process.
//!
//! ```text
//! cargo bench --bench baseline -- verify 20     # median seconds of one verify
//! cargo bench --bench baseline -- hash 10000    # seconds to hash N passwords on one core
//! ```
#![allow(clippy::print_stdout, clippy::unwrap_used)]

use std::time::Instant;

use crmctl::{PasswordPolicy as Policy, Secret, verify_password};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let (what, n) = match args.as_slice() {
        [what, n] => (what.as_str(), n.parse::<usize>().unwrap()),
        _ => {
            eprintln!("usage: baseline verify|hash N");
            std::process::exit(2);
        }
    };
    let policy = Policy::default();
    match what {
        "verify" => {
            let password = Secret::new("correct horse battery staple");
            let phc = policy.hash(&password).unwrap();
            let mut times: Vec<f64> = (0..n)
                .map(|_| {
                    let t = Instant::now();
                    assert!(verify_password(&password, &phc));
                    t.elapsed().as_secs_f64()
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!("{:.6}", times[times.len() / 2]);
        }
        "hash" => {
            // The same passwords bench/gen.py writes into its `password` column.
            let t = Instant::now();
            for i in 0..n {
                policy.hash(&Secret::new(format!("Bench-pass-{i}-okay"))).unwrap();
            }
            println!("{:.6}", t.elapsed().as_secs_f64());
        }
        _ => {
            eprintln!("usage: baseline verify|hash N");
            std::process::exit(2);
        }
    }
}
