//! placeholder
use crate::object::*;
use crate::vm::{PyResult, Vm};
pub fn init(_vm: &mut Vm, _d: &Value) -> PyResult<()> {
    Ok(())
}
