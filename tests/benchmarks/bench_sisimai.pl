#!/usr/bin/perl
# Times Sisimai (Debian's libsisimai-perl, 4.25) over the same corpus as bench_bounce, in the
# same output format, so run_bounce_benchmark.sh can compare the two.
#   tests/benchmarks/bench_sisimai.pl [passes] [corpus-dir] [--paths]
# Sisimai 4.25 has Sisimai->make (->rise is Sisimai 5). make() takes a path, a mailbox, STDIN or
# a scalar reference (Sisimai::Mail::Memory), so the files are loaded into memory first and the
# disk is not measured, as in bench_bounce. --paths hands Sisimai the paths instead.
# MB means 10^6 bytes everywhere, throughput and memory alike.
use strict;
use warnings;
use Cwd ();
use File::Spec;
use Getopt::Long qw(GetOptions);
use Time::HiRes qw(clock_gettime clock CLOCK_MONOTONIC);
use Sisimai;

my $from_paths = 0;
GetOptions('paths' => \$from_paths) or die "usage: $0 [passes] [corpus-dir] [--paths]\n";
my $passes = $ARGV[0] // 20;
$passes = 1 unless $passes =~ /^\d+$/ && $passes > 0;
my $dir = Cwd::abs_path($ARGV[1] // do {
    # bench_bounce's default, <source>/../shared/corpus/dev; this script is in
    # <source>/tests/benchmarks.
    my $here = (File::Spec->splitpath(Cwd::abs_path($0)))[1];
    File::Spec->catdir($here, '..', '..', '..', 'shared', 'corpus', 'dev');
}) // die "no corpus directory\n";

sub median {
    my @sorted = sort { $a <=> $b } @_;
    my $n = scalar @sorted;
    return 0 unless $n;
    return $n % 2 ? $sorted[$n / 2] : ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2;
}

sub peak_rss {
    # VmHWM in bytes, or -1 where /proc is not there.
    open(my $status, '<', '/proc/self/status') or return -1;
    while (my $line = <$status>) {
        return $1 * 1024 if $line =~ /^VmHWM:\s+(\d+)\s+kB/;
    }
    return -1;
}

opendir(my $dh, $dir) or die "cannot read $dir: $!\n";
my @names = sort grep { /\.eml\z/ && -f "$dir/$_" && -r _ } readdir $dh;
closedir $dh;
die "no readable *.eml files in $dir\n" unless @names;

my (@samples, $total_bytes);
for my $name (@names) {
    open(my $fh, '<:raw', "$dir/$name") or die "cannot read $dir/$name: $!\n";
    local $/;
    my $text = <$fh>;
    close $fh;
    push @samples, { 'name' => $name, 'path' => "$dir/$name", 'text' => $text };
    $total_bytes += length $text;
}

my $peak_before = peak_rss();
my (@pass_seconds, @pass_cpu_seconds, %file_micros);
my ($bounces, $records) = (0, 0);
for my $pass (1 .. $passes) {
    my $pass_start = clock_gettime(CLOCK_MONOTONIC);
    my $cpu_start = clock();
    for my $sample (@samples) {
        my $start = clock_gettime(CLOCK_MONOTONIC);
        my $found = Sisimai->make($from_paths ? $sample->{'path'} : \$sample->{'text'});
        push @{ $file_micros{ $sample->{'name'} } }, (clock_gettime(CLOCK_MONOTONIC) - $start) * 1e6;
        if ($pass == 1 && $found && @$found) {
            $bounces += 1;
            $records += scalar @$found;
        }
    }
    push @pass_seconds, clock_gettime(CLOCK_MONOTONIC) - $pass_start;
    push @pass_cpu_seconds, clock() - $cpu_start; # process CPU time, user + system
}
my $peak_after = peak_rss();

my %file_median = map { $_ => median(@{ $file_micros{$_} }) } keys %file_micros;
my ($slowest) = sort { $file_median{$b} <=> $file_median{$a} || $a cmp $b } keys %file_median;
my ($slowest_sample) = grep { $_->{'name'} eq $slowest } @samples;
my ($worst) = sort { $b <=> $a } @{ $file_micros{$slowest} };
my $median_seconds = median(@pass_seconds);
my ($best_seconds) = sort { $a <=> $b } @pass_seconds;
my $files = scalar @samples;

printf "bench_sisimai: Sisimai %s over %d files, %.2f MB, %d passes (Perl %vd, %s)\n",
    $Sisimai::VERSION, $files, $total_bytes / 1e6, $passes, $^V,
    $from_paths ? 'from the paths' : 'in memory';
printf "corpus: %s\n", $dir;
printf "read as bounces: %d of %d files (at least one record; %d records)\n",
    $bounces, $files, $records;
for my $row (['median', $median_seconds], ['best', $best_seconds],
    ['cpu median', median(@pass_cpu_seconds)]) {
    printf "throughput %s: %.1f files/s, %.2f MB/s\n",
        $row->[0], $files / $row->[1], $total_bytes / 1e6 / $row->[1];
}
printf "slowest file: %s (%.1f kB), median %d µs, worst %d µs\n", $slowest,
    length($slowest_sample->{'text'}) / 1e3, $file_median{$slowest} + 0.5, $worst + 0.5;
if ($peak_before < 0) {
    print "peak RSS: not measured on this platform\n";
} else {
    printf "peak RSS: %.1f MB before the passes (corpus loaded), %.1f MB after (%.1f MB more)\n",
        $peak_before / 1e6, $peak_after / 1e6, ($peak_after - $peak_before) / 1e6;
}
