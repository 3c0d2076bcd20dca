"""Go: a 9x9 Go player using UCT tree search over random playouts.

The board tracks stone groups with union-find and pseudo-liberty counts;
moves are checked for suicide and simple ko, captures flood-fill the dead
group.  A move is chosen by Monte Carlo tree search: UCB1 selection down a
tree of nodes, one expansion per iteration, a random playout to the end of
the game (players do not fill their own eyes), area scoring with komi and
back-propagation of the result.  random is seeded with a fixed value.

Usage: go.py N   -- choose N moves (alternately black, white), each with
PLAYOUTS iterations of tree search.
"""

import random
import sys
from math import log, sqrt

SIZE = 9
EMPTY = 0
BLACK = 1
WHITE = 2
KOMI = 7.5
PASS = -1
MAX_MOVES = SIZE * SIZE * 3
PLAYOUTS = 200
EXPLORATION = 1.0
COLUMNS = "ABCDEFGHJ"


def other(color):
    return BLACK + WHITE - color


def move_name(move):
    if move == PASS:
        return "pass"
    return "%s%d" % (COLUMNS[move % SIZE], move // SIZE + 1)


class Square:
    def __init__(self, pos):
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []
        # Union-find over stones of one group; the root holds the group's
        # stone count and pseudo-liberties (empty neighbours counted once
        # per adjacent stone, which is zero exactly when liberties are).
        self.parent = self
        self.stones = 1
        self.liberties = 0
        self.empty_index = pos

    def find(self):
        square = self
        while square.parent is not square:
            square.parent = square.parent.parent
            square = square.parent
        return square


class Board:
    def __init__(self):
        self.squares = [Square(pos) for pos in range(SIZE * SIZE)]
        for square in self.squares:
            x, y = square.pos % SIZE, square.pos // SIZE
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < SIZE and 0 <= ny < SIZE:
                    square.neighbours.append(self.squares[ny * SIZE + nx])
        self.reset()

    def reset(self):
        for square in self.squares:
            square.color = EMPTY
            square.parent = square
            square.stones = 1
            square.liberties = 0
            square.empty_index = square.pos
        self.empties = list(self.squares)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.history = []

    def replay(self, history):
        for move in history:
            self.play(move)

    # -- empty-point bookkeeping (swap-remove list with back indices) --

    def take_empty(self, square):
        last = self.empties.pop()
        if last is not square:
            self.empties[square.empty_index] = last
            last.empty_index = square.empty_index

    def give_empty(self, square):
        square.empty_index = len(self.empties)
        self.empties.append(square)

    # -- rules --

    @staticmethod
    def contacts(root, square):
        """How many of square's neighbours belong to the group of root."""
        count = 0
        for neighbour in square.neighbours:
            if neighbour.color != EMPTY and neighbour.find() is root:
                count += 1
        return count

    def is_legal(self, square, color):
        if square is self.ko:
            return False
        for neighbour in square.neighbours:
            if neighbour.color == EMPTY:
                return True
        for neighbour in square.neighbours:
            root = neighbour.find()
            touching = self.contacts(root, square)
            if neighbour.color == color:
                if root.liberties > touching:
                    return True   # joins a group that keeps a liberty
            elif root.liberties == touching:
                return True       # captures
        return False

    def is_own_eye(self, square, color):
        for neighbour in square.neighbours:
            if neighbour.color != color:
                return False
            root = neighbour.find()
            if root.liberties == self.contacts(root, square):
                return False      # a neighbour in atari: filling may save it
        return True

    def play(self, move):
        color = self.to_move
        self.to_move = other(color)
        self.history.append(move)
        if move == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        square = self.squares[move]
        self.take_empty(square)
        square.color = color
        square.parent = square
        square.stones = 1
        square.liberties = 0
        for neighbour in square.neighbours:
            if neighbour.color == EMPTY:
                square.liberties += 1
            else:
                neighbour.find().liberties -= 1
        for neighbour in square.neighbours:
            if neighbour.color == color:
                mine = square.find()
                theirs = neighbour.find()
                if mine is not theirs:
                    if mine.stones < theirs.stones:
                        mine, theirs = theirs, mine
                    theirs.parent = mine
                    mine.stones += theirs.stones
                    mine.liberties += theirs.liberties
        captured = 0
        last_captured = None
        opponent = other(color)
        for neighbour in square.neighbours:
            if neighbour.color == opponent and neighbour.find().liberties == 0:
                captured += self.remove_group(neighbour)
                last_captured = neighbour
        root = square.find()
        if captured == 1 and root.stones == 1 and root.liberties == 1:
            self.ko = last_captured
        else:
            self.ko = None

    def remove_group(self, start):
        color = start.color
        removed = 0
        stack = [start]
        while stack:
            square = stack.pop()
            if square.color != color:
                continue
            square.color = EMPTY
            self.give_empty(square)
            removed += 1
            for neighbour in square.neighbours:
                if neighbour.color == color:
                    stack.append(neighbour)
                elif neighbour.color != EMPTY:
                    neighbour.find().liberties += 1
        return removed

    # -- playouts and scoring --

    def candidate_moves(self, color):
        return [square.pos for square in self.empties
                if self.is_legal(square, color)
                and not self.is_own_eye(square, color)]

    def random_move(self, color):
        empties = self.empties
        count = len(empties)
        if count == 0:
            return PASS
        start = random.randrange(count)
        for offset in range(count):
            square = empties[(start + offset) % count]
            if self.is_legal(square, color) and not self.is_own_eye(square, color):
                return square.pos
        return PASS

    def playout(self):
        for _ in range(MAX_MOVES):
            if self.passes >= 2:
                break
            self.play(self.random_move(self.to_move))

    def area(self, color):
        total = 0
        for square in self.squares:
            if square.color == color:
                total += 1
            elif square.color == EMPTY:
                for neighbour in square.neighbours:
                    if neighbour.color != color:
                        break
                else:
                    total += 1
        return total

    def black_wins(self):
        return self.area(BLACK) > self.area(WHITE) + KOMI


class Node:
    def __init__(self, move, color):
        self.move = move
        self.color = color        # who played `move` (None at the root)
        self.wins = 0
        self.visits = 0
        self.children = []
        self.untried = None       # moves not expanded yet, once known

    def best_child_ucb(self):
        log_visits = log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = (child.wins / child.visits
                     + EXPLORATION * sqrt(log_visits / child.visits))
            if value > best_value:
                best_value = value
                best = child
        return best

    def most_visited(self):
        best = None
        for child in self.children:
            if best is None or child.visits > best.visits:
                best = child
        return best


def search_iteration(root, board, history):
    board.reset()
    board.replay(history)
    node = root
    path = [root]
    while node.untried is not None and not node.untried and node.children:
        node = node.best_child_ucb()
        board.play(node.move)
        path.append(node)
    if node.untried is None:
        node.untried = board.candidate_moves(board.to_move)
        random.shuffle(node.untried)
    if node.untried:
        move = node.untried.pop()
        child = Node(move, board.to_move)
        board.play(move)
        node.children.append(child)
        path.append(child)
    board.playout()
    black_won = board.black_wins()
    for visited in path:
        visited.visits += 1
        if visited.color is not None and black_won == (visited.color == BLACK):
            visited.wins += 1


def computer_move(board, history, playouts):
    root = Node(None, None)
    for _ in range(playouts):
        search_iteration(root, board, history)
    best = root.most_visited()
    if best is None:
        return PASS, 0
    return best.move, best.visits


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    random.seed(1)
    board = Board()
    history = []
    digest = 0
    visits = 0
    for _ in range(iterations):
        move, best_visits = computer_move(board, history, PLAYOUTS)
        history.append(move)
        visits += best_visits
        digest = (digest * 83 + move + 2) % 1000000007
        # Start over once the game is well under way, so every iteration
        # searches a position of similar size.
        if len(history) == 20:
            history = []
    print("go x%d: last=%s visits=%d digest=%d"
          % (iterations, move_name(move), visits, digest))


if __name__ == "__main__":
    main()
