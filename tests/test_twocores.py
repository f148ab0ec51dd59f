"""Work shared between this process and a forked helper gives exactly the serial results."""

import os
import threading

from cptcompare import twocores


def _square(i: int) -> int:
    return i * i


def test_both_cores_give_the_serial_results_in_order():
    assert twocores.map_items(_square, 301, at_least=2) == [i * i for i in range(301)]


def test_meanwhile_runs_once_here_either_way():
    calls = []
    for at_least in (2, 1_000):
        twocores.map_items(_square, 50, at_least, meanwhile=lambda: calls.append(os.getpid()))
    assert calls == [os.getpid(), os.getpid()]


def test_what_a_failed_helper_left_is_done_here():
    here = os.getpid()

    def fails_in_the_helper(i: int) -> int:
        if os.getpid() != here:
            raise RuntimeError("the helper stops")
        return i + 1

    assert twocores.map_items(fails_in_the_helper, 200, at_least=2) == list(range(1, 201))


def test_what_a_killed_helper_left_is_done_here():
    here = os.getpid()

    def dies_in_the_helper(i: int) -> int:
        if os.getpid() != here:
            os.kill(os.getpid(), 9)
        return -i

    assert twocores.map_items(dies_in_the_helper, 200, at_least=2) == [-i for i in range(200)]


def test_no_fork_while_other_threads_run():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not twocores.can_fork()
        pids = twocores.map_items(lambda i: os.getpid(), 100, at_least=2)
    finally:
        stop.set()
        other.join()
    assert set(pids) == {os.getpid()}
