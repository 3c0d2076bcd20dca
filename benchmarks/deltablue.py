"""DeltaBlue: an incremental dataflow constraint solver.

After the algorithm of Freeman-Benson, Maloney and Borning ("An Incremental
Constraint Solver", CACM 1990).  Constraints carry a strength in a hierarchy;
adding or removing a constraint re-plans only the part of the dataflow graph
it touches ("walkabout strengths"), and a plan extracted from the graph is
executed repeatedly.  Two workloads: a long chain of equalities driven by an
edit at one end, and a projection of many variables through scale/offset
constraints whose shared parameters are edited.

Usage: deltablue.py N   -- run both workloads N times.
"""

import sys

SIZE = 1000  # variables per workload


class Strength:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weakest_with(self, other):
        return self if self.rank > other.rank else other

    def next_weaker(self):
        return STRENGTHS[self.rank + 1]

    def __repr__(self):
        return "Strength(%s)" % self.name


STRENGTHS = [Strength(rank, name) for rank, name in enumerate([
    "required", "strong-preferred", "preferred", "strong-default",
    "normal", "weak-default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, \
    WEAK_DEFAULT, WEAKEST = STRENGTHS

# Direction of a binary constraint: which end it writes.
NONE = 0
FORWARD = 1
BACKWARD = 2


class UnsatisfiableError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None

    def __repr__(self):
        return "Variable(%s=%r)" % (self.name, self.value)


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def satisfy(self, mark):
        """Try to enforce this constraint; return the constraint it overrode."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise UnsatisfiableError("cannot satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise UnsatisfiableError("cycle in the constraint graph")
        out.mark = mark
        return overridden

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        Constraint.__init__(self, planner, strength)
        self.target = variable
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.target.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.target.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        target = self.target
        self.satisfied = (target.mark != mark
                          and self.strength.stronger_than(target.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.target

    def recalculate(self):
        target = self.target
        target.walk_strength = self.strength
        target.stay = not self.is_input()
        if target.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    """Keep a variable's value unless something stronger changes it."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable as set from outside (user input)."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, first, second, strength):
        Constraint.__init__(self, planner, strength)
        self.first = first
        self.second = second
        self.direction = NONE
        self.install()

    def add_to_graph(self):
        self.first.attach(self)
        self.second.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.first.detach(self)
        self.second.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        first, second, strength = self.first, self.second, self.strength
        if first.mark == mark:
            if second.mark != mark and strength.stronger_than(second.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif second.mark == mark:
            if strength.stronger_than(first.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif first.walk_strength.weaker_than(second.walk_strength):
            # Write the end whose current determination is the weaker one.
            if strength.stronger_than(first.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif strength.stronger_than(second.walk_strength):
            self.direction = FORWARD
        else:
            self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.first if self.direction == FORWARD else self.second

    def output(self):
        return self.second if self.direction == FORWARD else self.first

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_with(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return (source.mark == mark or source.stay
                or source.determined_by is None)


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """second = first * scale + offset, solvable in either direction."""

    def __init__(self, planner, source, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, source, dest, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_with(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

    def execute(self):
        if self.direction == FORWARD:
            self.second.value = (self.first.value * self.scale.value
                                 + self.offset.value)
        else:
            # The workloads only ask for exact inverses.
            self.first.value = ((self.second.value - self.offset.value)
                                // self.scale.value)


class Plan:
    def __init__(self):
        self.steps = []

    def append(self, constraint):
        self.steps.append(constraint)

    def execute(self):
        for constraint in self.steps:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while strength is not WEAKEST:
            for candidate in unsatisfied:
                if candidate.strength is strength:
                    self.incremental_add(candidate)
            strength = strength.next_weaker()

    def add_propagate(self, constraint, mark):
        """Recompute walkabout strengths downstream of a newly satisfied
        constraint; False means a cycle was found (and undone)."""
        todo = [constraint]
        while todo:
            current = todo.pop()
            if current.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            current.recalculate()
            self.collect_consumers(current.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            variable = todo.pop()
            for constraint in variable.constraints:
                if not constraint.is_satisfied():
                    unsatisfied.append(constraint)
            determining = variable.determined_by
            for constraint in variable.constraints:
                if constraint is not determining and constraint.is_satisfied():
                    constraint.recalculate()
                    todo.append(constraint.output())
        return unsatisfied

    def collect_consumers(self, variable, into):
        determining = variable.determined_by
        for constraint in variable.constraints:
            if constraint is not determining and constraint.is_satisfied():
                into.append(constraint)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        head = 0
        while head < len(todo):
            constraint = todo[head]
            head += 1
            out = constraint.output()
            if out.mark != mark and constraint.inputs_known(mark):
                plan.append(constraint)
                out.mark = mark
                self.collect_consumers(out, todo)
        return plan

    def plan_from(self, constraints):
        return self.make_plan([c for c in constraints
                               if c.is_input() and c.is_satisfied()])


def fail(message):
    print("deltablue: " + message)
    sys.exit(1)


def chain_test(length):
    """A chain v0 = v1 = ... = vN; edits at v0 must reach vN."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(length + 1)]
    for left, right in zip(variables, variables[1:]):
        EqualityConstraint(planner, left, right, REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_from([edit])
    total = 0
    for value in range(100):
        first.value = value
        plan.execute()
        if last.value != value:
            fail("chain test failed at %d" % value)
        total += last.value
    edit.uninstall()
    return total + len(plan.steps)


def edit_value(planner, variable, value):
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.plan_from([edit])
    for _ in range(10):
        variable.value = value
        plan.execute()
    edit.uninstall()


def projection_test(count):
    """dest_i = src_i * scale + offset for many i, edited from all sides."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources = []
    dests = []
    for i in range(count):
        source = Variable("src%d" % i, i)
        dest = Variable("dst%d" % i, i)
        sources.append(source)
        dests.append(dest)
        StayConstraint(planner, source, NORMAL)
        ScaleConstraint(planner, source, scale, offset, dest, REQUIRED)
    source, dest = sources[-1], dests[-1]
    edit_value(planner, source, 17)
    if dest.value != 1170:
        fail("projection 1 failed")
    edit_value(planner, dest, 1050)
    if source.value != 5:
        fail("projection 2 failed")
    edit_value(planner, scale, 5)
    for i in range(count - 1):
        if dests[i].value != i * 5 + 1000:
            fail("projection 3 failed")
    edit_value(planner, offset, 2000)
    for i in range(count - 1):
        if dests[i].value != i * 5 + 2000:
            fail("projection 4 failed")
    return sum(d.value for d in dests) + sum(s.value for s in sources)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    checksum = 0
    for _ in range(iterations):
        checksum += chain_test(SIZE)
        checksum += projection_test(SIZE)
    print("deltablue x%d: checksum=%d" % (iterations, checksum))


if __name__ == "__main__":
    main()
