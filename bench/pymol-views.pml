# The six canonical views of one complex, ray-traced by PyMOL at 512 x 512 in the benchmark's
# style (pocket within 10 Å, 0.2 Å sticks, residue and atom labels, black background); filled in
# and run by bench/render-throughput.sh. Prints PyMOL's images per second.
python
import time
from pymol import cmd
cmd.load("@PROTEIN@", "protein")
cmd.load("@LIGAND@", "ligand")
cmd.remove("resn HOH")
cmd.select("pocket", "byres (protein and not hydro) within 10 of (ligand and not hydro)")
cmd.hide("everything")
cmd.show("sticks", "(pocket or ligand) and not hydro")
cmd.set("stick_radius", 0.2)
cmd.bg_color("black")
cmd.label("pocket and name CA", '"%s %s" % (resn, resi)')
cmd.label("ligand and not hydro", "name")
cmd.orient("pocket or ligand")
cmd.zoom("pocket or ligand", 0.0)
views = [("y", 0), ("y", 90), ("x", 90), ("y", 180), ("y", -90), ("x", -90)]
cmd.png("@OUT@/warmup.png", width=512, height=512, ray=1)
start = time.time()
n = 0
for round_ in range(@ROUNDS@):
    for axis, angle in views:
        cmd.turn(axis, angle)
        cmd.png("@OUT@/pymol_%d.png" % n, width=512, height=512, ray=1)
        cmd.turn(axis, -angle)
        n += 1
elapsed = time.time() - start
print("pymol, ray=1: %.2f images/s (%d images in %.1f s)" % (n / elapsed, n, elapsed))
python end
